// The one pipeline: front end -> features -> rules -> render.
#include "pith/pith.h"

#include "candidate.h"
#include "input/decode.h"
#include "input/detect.h"
#include "pipeline.h"
#include "rules/dom_classify.h"
#include "input/html_input.h"
#include "input/metadata.h"
#include "model/html_model.h"
#include "rules/rules.h"
#include "input/text_input.h"
#include "text/unicode.h"

#include <new>

namespace pith {

namespace detail {

void apply_content_rules(candidates& blocks) {
    for (auto& c : blocks) compute_features(c);
    mark_markers(blocks);
    mark_captions(blocks);
    mark_bylines(blocks);
    mark_repeats(blocks);
    mark_appeals(blocks);
    mark_chrome_cues(blocks);
}

// HTML: the DOM classifier decides boilerplate first; the shared rules then
// see only what it left, and whatever survives them is body (mark_chrome's
// text heuristics are for scrapes that have no DOM).
html_verdict html_rules(candidates& blocks, const html_document& doc) {
    for (auto& c : blocks) compute_features(c);
    html_verdict verdict = classify_html(blocks, doc);
    mark_markers(blocks);
    mark_captions(blocks);
    mark_bylines(blocks);
    mark_repeats(blocks);
    mark_appeals(blocks);
    keep_undecided(blocks);
    return verdict;
}

}  // namespace detail

namespace {

using detail::candidates;

void run_rules(candidates& blocks, result& out) {
    detail::apply_content_rules(blocks);
    int title = detail::mark_chrome(blocks);
    if (title >= 0) out.title = blocks[static_cast<std::size_t>(title)].text;
    detail::complete_metadata(out.meta, blocks, title, out.title);
}

void render(candidates& blocks, result& out);

void run_html_rules(candidates& blocks, const detail::html_document& doc, result& out) {
    const detail::html_verdict verdict = detail::html_rules(blocks, doc);
    out.title = verdict.title >= 0 ? blocks[static_cast<std::size_t>(verdict.title)].text : doc.title;
    // Before the block model: it may keep a byline the rules found, and the
    // credit is what the metadata wants from it.
    detail::complete_metadata(out.meta, blocks, verdict.title, out.title);
    detail::apply_block_model(blocks, doc, verdict);
    detail::drop_empty_sections(blocks);
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

result clean_html(std::string_view input, const options& opts) {
    result out;
    out.mode = input_mode::html;
    // charset_hint (a WARC record's HTTP charset) ranks below the page's own
    // declaration; empty for every other caller, so their output is unchanged.
    detail::decoded d = detail::decode_html_bytes(input, opts.encoding, opts.charset_hint);
    out.encoding = d.encoding;
    detail::html_document doc = detail::read_html(d.text, opts.max_depth, &out.warnings, opts.max_nodes,
                                                    opts.url);
    out.language = doc.language;
    out.meta = std::move(doc.meta);
    if (doc.blocks.empty()) {
        out.code = status::empty_input;
        out.message = "page has no text";
        out.title = doc.title;
        if (out.meta.title.empty()) out.meta.title = doc.title;
        return out;
    }
    cap_blocks(doc.blocks, opts.max_blocks, out.warnings);
    run_html_rules(doc.blocks, doc, out);
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
}

result fail(status code, std::string message) {
    result r;
    r.code = code;
    r.message = std::move(message);
    return r;
}

result clean_impl(std::string_view input, const options& opts, input_mode mode) {
    if (input.size() > opts.max_input_bytes)
        return fail(status::too_large, "input is " + std::to_string(input.size()) +
                                           " bytes, more than the limit of " +
                                           std::to_string(opts.max_input_bytes));
    std::string inflated;
    if (detail::is_gzip(input)) {
        std::string error;
        if (!detail::gunzip(input, opts.max_input_bytes, inflated, error))
            return fail(error.find("more than") != std::string::npos ? status::too_large : status::unsupported_input,
                        error);
        input = inflated;
    }
    const bool utf16_bom = input.substr(0, 2) == "\xFF\xFE" || input.substr(0, 2) == "\xFE\xFF";
    if (mode == input_mode::detect)
        mode = utf16_bom || detail::looks_like_html(input) ? input_mode::html : input_mode::text;
    if (mode == input_mode::html) {
        return clean_html(input, opts);
    }
    if (detail::looks_binary(input))
        return fail(status::unsupported_input, "input looks like binary data, not text");
    result out;
    out.mode = mode;
    std::string text = detail::sanitize_text(input);
    candidates blocks = detail::read_text_blocks(text, opts.max_blocks, out.warnings);
    if (blocks.empty()) {
        out.code = status::empty_input;
        out.message = "input has no text";
        return out;
    }
    run_rules(blocks, out);
    render(blocks, out);
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

result clean_text(std::string_view input, const options& opts) noexcept {
    options o = opts;
    o.mode = input_mode::text;
    return clean(input, o);
}

}  // namespace pith
