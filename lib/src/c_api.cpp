// The C API: a handle around pith::result. Nothing may throw out of here, so
// every entry point that allocates catches.
#include "pith/pith_c.h"

#include "pith/pith.h"

#include <new>
#include <string>
#include <vector>

struct pith_result {
    pith::result r;
    bool invalid_argument = false;  // the call was refused before cleaning
};

namespace {

const char* with_length(const std::string& s, size_t* length) {
    if (length) *length = s.size();
    return s.c_str();
}

const char* empty(size_t* length) {
    if (length) *length = 0;
    return "";
}

const pith::block* block_at(const pith_result* r, size_t index) {
    if (!r || index >= r->r.blocks.size()) return nullptr;
    return &r->r.blocks[index];
}

// One shape for the metadata getters: a field, or a list's entry.
const char* meta_string(const pith_result* r, std::string pith::metadata::*field, size_t* length) {
    return r ? with_length(r->r.meta.*field, length) : empty(length);
}

const char* meta_entry(const pith_result* r, std::vector<std::string> pith::metadata::*list, size_t index,
                       size_t* length) {
    return r && index < (r->r.meta.*list).size() ? with_length((r->r.meta.*list)[index], length) : empty(length);
}

// string_view names from pith.h point into string literals: NUL-terminated.
const char* name_of(std::string_view name) { return name.data(); }

}  // namespace

extern "C" {

void pith_options_init(pith_options* opts) {
    if (!opts) return;
    opts->mode = PITH_MODE_DETECT;
    opts->max_input_bytes = pith::default_max_input_bytes;
    opts->max_millis = 0;
    opts->comments = PITH_COMMENTS_AUTOMATIC;
    opts->favour = PITH_FAVOUR_BALANCE;
}

pith_result* pith_clean(const char* data, size_t length, const pith_options* opts) {
    pith_result* h = new (std::nothrow) pith_result;
    if (!h) return nullptr;
    if (!data && length > 0) {
        h->invalid_argument = true;
        h->r.code = pith::status::unsupported_input;  // so r.ok() is false too
        try {
            h->r.message = "data is NULL but length is not 0";
        } catch (...) {
        }
        return h;
    }
    pith::options o;
    if (opts) {
        switch (opts->mode) {
            case PITH_MODE_TEXT: o.mode = pith::input_mode::text; break;
            case PITH_MODE_HTML: o.mode = pith::input_mode::html; break;
            default: o.mode = pith::input_mode::detect; break;
        }
        if (opts->max_input_bytes > 0) o.max_input_bytes = opts->max_input_bytes;
        o.max_millis = opts->max_millis;
        switch (opts->comments) {
            case PITH_COMMENTS_INCLUDE: o.comments = pith::comments_policy::include; break;
            case PITH_COMMENTS_EXCLUDE: o.comments = pith::comments_policy::exclude; break;
            default: o.comments = pith::comments_policy::automatic; break;
        }
        switch (opts->favour) {
            case PITH_FAVOUR_PRECISION: o.favour = pith::favour::precision; break;
            case PITH_FAVOUR_RECALL: o.favour = pith::favour::recall; break;
            default: o.favour = pith::favour::balance; break;
        }
    }
    // clean() is noexcept and reports allocation failure in its result; the
    // move into the handle cannot throw.
    h->r = pith::clean(std::string_view(data ? data : "", length), o);
    return h;
}

void pith_result_free(pith_result* r) { delete r; }

pith_status pith_result_status(const pith_result* r) {
    if (!r || r->invalid_argument) return PITH_INVALID_ARGUMENT;
    return static_cast<pith_status>(static_cast<int>(r->r.code));
}

int pith_result_ok(const pith_result* r) { return r && r->r.ok() ? 1 : 0; }

const char* pith_result_message(const pith_result* r, size_t* length) {
    return r ? with_length(r->r.message, length) : empty(length);
}

pith_mode pith_result_mode(const pith_result* r) {
    if (!r) return PITH_MODE_DETECT;
    return static_cast<pith_mode>(static_cast<int>(r->r.mode));
}

const char* pith_result_title(const pith_result* r, size_t* length) {
    return r ? with_length(r->r.title, length) : empty(length);
}

const char* pith_result_comments(const pith_result* r, size_t* length) {
    return r ? with_length(r->r.comments, length) : empty(length);
}

const char* pith_result_page_type(const pith_result* r) {
    return r ? name_of(pith::to_string(r->r.page_type)) : name_of(pith::to_string(pith::page_type::unknown));
}

double pith_result_page_type_confidence(const pith_result* r) { return r ? r->r.page_type_confidence : 0.0; }

const char* pith_result_text(const pith_result* r, size_t* length) {
    return r ? with_length(r->r.text, length) : empty(length);
}

size_t pith_result_block_count(const pith_result* r) { return r ? r->r.blocks.size() : 0; }

const char* pith_result_block_text(const pith_result* r, size_t index, size_t* length) {
    const pith::block* b = block_at(r, index);
    return b ? with_length(b->text, length) : empty(length);
}

int pith_result_block_kept(const pith_result* r, size_t index) {
    const pith::block* b = block_at(r, index);
    return b && b->kept ? 1 : 0;
}

const char* pith_result_block_kind(const pith_result* r, size_t index) {
    const pith::block* b = block_at(r, index);
    return b ? name_of(pith::to_string(b->kind)) : "";
}

const char* pith_result_block_reason(const pith_result* r, size_t index) {
    const pith::block* b = block_at(r, index);
    return b ? name_of(pith::to_string(b->why)) : "";
}

const char* pith_result_block_detail(const pith_result* r, size_t index, size_t* length) {
    const pith::block* b = block_at(r, index);
    return b ? with_length(b->detail, length) : empty(length);
}

const char* pith_result_encoding(const pith_result* r, size_t* length) {
    return r ? with_length(r->r.encoding, length) : empty(length);
}

size_t pith_result_warning_count(const pith_result* r) { return r ? r->r.warnings.size() : 0; }

const char* pith_result_warning(const pith_result* r, size_t index, size_t* length) {
    if (!r || index >= r->r.warnings.size()) return empty(length);
    return with_length(r->r.warnings[index], length);
}

int pith_result_block_heading_level(const pith_result* r, size_t index) {
    const pith::block* b = block_at(r, index);
    return b ? b->structure.heading_level : 0;
}

int pith_result_block_list_depth(const pith_result* r, size_t index) {
    const pith::block* b = block_at(r, index);
    return b ? b->structure.list_depth : 0;
}

const char* pith_result_meta_title(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::title, length);
}

size_t pith_result_author_count(const pith_result* r) { return r ? r->r.meta.authors.size() : 0; }

const char* pith_result_author(const pith_result* r, size_t index, size_t* length) {
    return meta_entry(r, &pith::metadata::authors, index, length);
}

const char* pith_result_date_published(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::date_published, length);
}

const char* pith_result_date_modified(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::date_modified, length);
}

const char* pith_result_site_name(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::site_name, length);
}

const char* pith_result_description(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::description, length);
}

const char* pith_result_canonical_url(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::canonical_url, length);
}

const char* pith_result_language(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::language, length);
}

int pith_result_language_detected(const pith_result* r) { return r && r->r.meta.language_detected ? 1 : 0; }

const char* pith_result_image(const pith_result* r, size_t* length) {
    return meta_string(r, &pith::metadata::image, length);
}

size_t pith_result_tag_count(const pith_result* r) { return r ? r->r.meta.tags.size() : 0; }

const char* pith_result_tag(const pith_result* r, size_t index, size_t* length) {
    return meta_entry(r, &pith::metadata::tags, index, length);
}

const char* pith_status_name(pith_status status) {
    switch (status) {
        case PITH_OK: return "ok";
        case PITH_EMPTY_INPUT: return "empty_input";
        case PITH_UNSUPPORTED_INPUT: return "unsupported_input";
        case PITH_TOO_LARGE: return "too_large";
        case PITH_TIMED_OUT: return "timed_out";
        case PITH_UNKNOWN_ENCODING: return "unknown_encoding";
        case PITH_INVALID_ARGUMENT: return "invalid_argument";
    }
    return "unknown";
}

const char* pith_version(void) { return name_of(pith::version()); }

}  // extern "C"
