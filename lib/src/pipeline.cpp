// The one pipeline: front end -> features -> rules -> render.
#include "pith/pith.h"

#include "budget.h"
#include "candidate.h"
#include "input/decode.h"
#include "input/detect.h"
#include "pipeline.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"
#include "input/metadata.h"
#include "model/html_model.h"
#include "model/page_type.h"
#include "rules/comments.h"
#include "rules/rules.h"
#include "input/text_input.h"
#include "text/unicode.h"

#include <new>

namespace pith {

namespace detail {

namespace {

// Features for every block; the budget is read every few hundred blocks.
// Blocks it never reached keep empty features, and no rule runs after it.
void features(candidates& blocks, time_budget& time) {
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        if (time.expired_at(k, "features")) return;
        compute_features(blocks[k]);
    }
}

// One named stage, run only while the budget lasts; false once it is spent
// (the stage that found it so is named in the warning).
template <typename Stage>
bool stage(time_budget& time, std::string_view name, Stage&& run) {
    if (time.expired(name)) return false;
    run();
    return true;
}

// The rules both modes share, in their fixed order; false once the budget
// is spent.
bool shared_rules(candidates& blocks, time_budget& t) {
    return stage(t, "markers", [&] { mark_markers(blocks); }) && stage(t, "captions", [&] { mark_captions(blocks); }) &&
           stage(t, "bylines", [&] { mark_bylines(blocks); }) && stage(t, "repeats", [&] { mark_repeats(blocks); }) &&
           stage(t, "appeals", [&] { mark_appeals(blocks); });
}

}  // namespace

void apply_content_rules(candidates& blocks, time_budget* budget) {
    time_budget none;
    time_budget& t = budget ? *budget : none;
    features(blocks, t);
    shared_rules(blocks, t) && stage(t, "chrome cues", [&] { mark_chrome_cues(blocks); });
}

// HTML: the DOM classifier decides boilerplate first; the shared rules then
// see only what it left, and whatever survives them is body (mark_chrome's
// text heuristics are for scrapes that have no DOM).
html_verdict html_rules(candidates& blocks, const html_document& doc, time_budget* budget) {
    time_budget none;
    time_budget& t = budget ? *budget : none;
    html_verdict verdict;
    features(blocks, t);
    stage(t, "DOM classifier", [&] { verdict = classify_html(blocks, doc); }) && shared_rules(blocks, t) &&
        stage(t, "smoothing", [&] { keep_undecided(blocks); });
    return verdict;
}

}  // namespace detail

namespace {

using detail::candidates;

void run_rules(candidates& blocks, const options& opts, result& out, detail::time_budget& time) {
    detail::apply_content_rules(blocks, &time);
    if (time.expired("chrome model")) return;
    int title = detail::mark_chrome(blocks, opts.favour);
    // After the chrome model, whose features were trained without it.
    detail::mark_comments_text(blocks, opts.comments);
    if (title >= 0) out.title = blocks[static_cast<std::size_t>(title)].text;
    detail::complete_metadata(out.meta, blocks, title, out.title);
}

void render(candidates& blocks, result& out);

void run_html_rules(candidates& blocks, const detail::html_document& doc, const options& opts, result& out,
                    detail::time_budget& time) {
    const detail::html_verdict verdict = detail::html_rules(blocks, doc, &time);
    out.title = verdict.title >= 0 ? blocks[static_cast<std::size_t>(verdict.title)].text : doc.title;
    // Before the block model: it may keep a byline the rules found, and the
    // credit is what the metadata wants from it.
    detail::complete_metadata(out.meta, blocks, verdict.title, out.title);
    if (!time.expired("page type")) {
        const detail::page_verdict type = detail::classify_page(detail::compute_page_features(blocks, doc, verdict));
        out.page_type = type.type;
        out.page_type_confidence = type.confidence;
    }
    if (!time.expired("block model")) {
        detail::apply_block_model(blocks, doc, verdict, opts.favour);
        // After the model: its inputs stay the ones it was trained on, and
        // it cannot overrule the comment verdict; the page type decides
        // whether the posts are the content.
        detail::mark_comments_html(blocks, out.page_type, opts.comments);
        detail::drop_empty_sections(blocks);
    }
}

// options::max_millis ran out: the blocks no stage decided are kept (nothing
// is dropped without a reason), and the result says where pith stopped.
void mark_timed_out(candidates& blocks, const detail::time_budget& time, result& out) {
    for (auto& c : blocks)
        if (!c.decided) c.keep("not judged: time budget");
    out.code = status::timed_out;
    out.message = "time budget of " + std::to_string(time.millis()) + " ms ran out at: " + time.stage();
    out.warnings.push_back(out.message + "; the text is what pith had by then");
}

// options::max_blocks for HTML: the blocks past the limit join the last
// allowed one, so their text is kept (as text mode does).
void cap_blocks(candidates& blocks, std::size_t max_blocks, std::vector<std::string>& warnings) {
    if (max_blocks == 0) max_blocks = 1;
    if (blocks.size() <= max_blocks) return;
    detail::candidate& last = blocks[max_blocks - 1];
    for (std::size_t k = max_blocks; k < blocks.size(); ++k) {
        last.text += ' ';
        last.text += blocks[k].text;
    }
    last.text = detail::collapse_space(last.text);  // a merged <pre> keeps no line breaks
    last.kind = block_kind::paragraph;
    last.structure = block_structure{};  // its spans described the shorter text
    blocks.resize(max_blocks);
    warnings.push_back("more than " + std::to_string(max_blocks) + " blocks: the text from block " +
                       std::to_string(max_blocks) + " on is kept as one block");
}

result clean_html(std::string_view input, const options& opts, detail::time_budget& time) {
    result out;
    out.mode = input_mode::html;
    // charset_hint (a WARC record's HTTP charset) ranks below the page's own
    // declaration; empty for every other caller, so their output is unchanged.
    detail::decoded d = detail::decode_html_bytes(input, opts.encoding, opts.charset_hint);
    out.encoding = d.encoding;
    detail::html_document doc;
    if (!time.expired("decode"))
        doc = detail::read_html(d.text, opts.max_depth, &out.warnings, opts.max_nodes, opts.url,
                                  &time);
    out.language = doc.language;
    out.meta = std::move(doc.meta);
    if (doc.blocks.empty() && !time.spent()) {
        out.code = status::empty_input;
        out.message = "page has no text";
        out.title = doc.title;
        if (out.meta.title.empty()) out.meta.title = doc.title;
        out.page_type = page_type::not_content;  // an empty shell, by the rule's own definition
        out.page_type_confidence = 1;
        return out;
    }
    cap_blocks(doc.blocks, opts.max_blocks, out.warnings);
    if (!time.spent()) run_html_rules(doc.blocks, doc, opts, out, time);
    else out.title = doc.title;
    if (time.spent()) mark_timed_out(doc.blocks, time, out);
    render(doc.blocks, out);
    return out;
}

// The output's one structural promise: blocks are separated by a blank line
// and hold none. Preformatted text keeps single line breaks (white-space-only
// lines go); every other block is one line.
void normalize_lines(detail::candidate& c) {
    if (c.text.find('\n') == std::string::npos) return;
    if (c.kind != block_kind::preformatted) {
        c.text = detail::collapse_space(c.text);
        return;
    }
    std::string t;
    std::size_t start = 0;
    while (start <= c.text.size()) {
        std::size_t end = c.text.find('\n', start);
        if (end == std::string::npos) end = c.text.size();
        std::string_view line(c.text.data() + start, end - start);
        if (!detail::collapse_space(line).empty()) {
            if (!t.empty()) t += '\n';
            t.append(line);
        }
        start = end + 1;
    }
    c.text = std::move(t);
}

void render(candidates& blocks, result& out) {
    out.blocks.reserve(blocks.size());
    for (auto& c : blocks) {
        normalize_lines(c);
        if (c.text.empty()) continue;  // nothing visible was left
        if (c.kept) {
            if (!out.text.empty()) out.text += "\n\n";
            out.text += c.text;
        }
        if (c.comment) {
            if (!out.comments.empty()) out.comments += "\n\n";
            out.comments += c.text;
        }
        block b;
        b.text = std::move(c.text);
        b.kind = c.kind;
        b.kept = c.kept;
        b.why = c.why;
        b.detail = std::move(c.detail);
        b.structure = std::move(c.structure);
        out.blocks.push_back(std::move(b));
    }
    if (!out.text.empty()) out.text += '\n';
    if (!out.comments.empty()) out.comments += '\n';
}

result fail(status code, std::string message) {
    result r;
    r.code = code;
    r.message = std::move(message);
    return r;
}

// Text mode's reading of a UTF-16 or UTF-32 scrape (with a byte order mark):
// transcoded to UTF-8 first, as the HTML decoder does for pages.
std::string_view unwide(std::string_view input, std::string& storage) {
    const detail::unicode_mark wide = detail::wide_unicode_mark(input);
    if (wide.encoding.empty()) return input;
    detail::convert_to_utf8(input.substr(wide.length), std::string(wide.encoding), storage);
    return storage;
}

result clean_text_mode(std::string_view input, const options& opts, detail::time_budget& time) {
    result out;
    out.mode = input_mode::text;
    candidates blocks;
    std::string text;
    if (!time.expired("decompression")) {
        text = detail::sanitize_text(input);
        blocks = detail::read_text_blocks(text, opts.max_blocks, out.warnings, &time);
    }
    if (blocks.empty() && !time.spent()) {
        out.code = status::empty_input;
        out.message = "input has no text";
        return out;
    }
    if (!time.spent()) run_rules(blocks, opts, out, time);
    if (time.spent()) mark_timed_out(blocks, time, out);
    else detail::restore_no_break_spaces(text, blocks);
    render(blocks, out);
    return out;
}

// The bytes decide what they are; the caller's mode only chooses between
// the two front ends for bytes that are a document at all.
result clean_impl(std::string_view input, const options& opts, input_mode mode) {
    detail::time_budget time(opts.max_millis);
    if (!opts.encoding.empty() && !is_known_encoding(opts.encoding))
        return fail(status::unknown_encoding, "unknown encoding \"" + opts.encoding + "\"");
    if (input.size() > opts.max_input_bytes)
        return fail(status::too_large, "input is " + std::to_string(input.size()) +
                                           " bytes, more than the limit of " +
                                           std::to_string(opts.max_input_bytes));
    std::string inflated, gzip_warning;
    if (detail::is_gzip(input)) {
        if (!detail::gunzip(input, opts.max_input_bytes, inflated, gzip_warning))
            return fail(gzip_warning.find("more than") != std::string::npos ? status::too_large
                                                                            : status::unsupported_input,
                        gzip_warning);
        input = inflated;  // a truncated stream: what it held, and a warning below
    }
    if (detail::looks_like_warc(input))
        return fail(status::unsupported_input, "input is a WARC archive (many pages), not one page");
    if (detail::looks_binary(input))
        return fail(status::unsupported_input, "input looks like binary data, not text");
    std::string wide_storage;
    std::string_view text = mode == input_mode::html ? input : unwide(input, wide_storage);
    if (mode == input_mode::detect) mode = detail::looks_like_html(text) ? input_mode::html : input_mode::text;
    // HTML gets the original bytes: its decoder reads the byte order mark.
    result out = mode == input_mode::html ? clean_html(input, opts, time) : clean_text_mode(text, opts, time);
    if (!gzip_warning.empty()) out.warnings.insert(out.warnings.begin(), gzip_warning + ": the text it held is kept");
    return out;
}

}  // namespace

result clean(std::string_view input, const options& opts) noexcept {
    try {
        return clean_impl(input, opts, opts.mode);
    } catch (const std::bad_alloc&) {
        return fail(status::unsupported_input, "out of memory");
    } catch (const std::exception& e) {
        return fail(status::unsupported_input, std::string("internal error: ") + e.what());
    }
}

bool is_known_encoding(std::string_view label) noexcept {
    try {
        return !detail::iconv_name(label).empty();
    } catch (...) {
        return false;
    }
}

result clean_text(std::string_view input, const options& opts) noexcept {
    options o = opts;
    o.mode = input_mode::text;
    return clean(input, o);
}

}  // namespace pith
