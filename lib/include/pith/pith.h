// pith — keep the pith of a page: the article body, and nothing else.
//
// One call, `pith::clean`, takes the bytes of an HTML page or of a plain-text
// scrape of one and returns the main content as text, together with every
// paragraph-level block it looked at and the reason it kept or dropped it.
//
//     pith::result r = pith::clean(bytes);            // mode detected
//     if (!r.ok()) { report(r.message); }
//     std::cout << r.text;                            // body, blank-line separated
//     for (const pith::block& b : r.blocks)           // the reasons behind it
//         if (!b.kept) log(pith::to_string(b.why), b.text);
//
// The library is thread-safe: `clean` touches no global mutable state, so any
// number of threads may call it at once. It never throws across this
// boundary; failures come back as a `status` in the result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith {

// What the input is. `detect` looks at the bytes: markup that starts like a
// document (a doctype, <html>, <head>, <body>, or mostly tags) is HTML,
// anything else is text.
enum class input_mode : std::uint8_t { detect, text, html };

// What kind of paragraph-level unit a block is.
enum class block_kind : std::uint8_t {
    paragraph,
    heading,
    list_item,
    quote,
    preformatted,
    table_cell,
    caption,
};

// Why a block was kept or dropped. Every block carries exactly one.
enum class reason : std::uint8_t {
    body,               // kept: main content
    title,              // not body: the document's headline (returned in result::title)
    caption,            // dropped: a photo or video caption
    caption_duplicate,  // dropped: another copy of a caption
    marker,             // dropped: UI debris ("SLIDE ME", "Advertisement", "Read more", ...)
    repeat,             // dropped: the same text appeared earlier in the document
    appeal,             // dropped: part of a trailing donation / subscription appeal
    byline,             // dropped: author / outlet credit line
    navigation,         // dropped: menus, breadcrumbs, runs of short link-like lines
    cookie_notice,      // dropped: cookie and consent banners
    legal,              // dropped: copyright, terms, imprint lines
    social,             // dropped: share / follow prompts
    boilerplate,        // dropped: other page chrome, judged from its features and neighbours
};

// Stable lower-case names, e.g. "caption_duplicate"; used by --explain and JSON.
std::string_view to_string(reason why) noexcept;
std::string_view to_string(block_kind kind) noexcept;
std::string_view to_string(input_mode mode) noexcept;

// One paragraph-level piece of the document, in document order.
struct block {
    std::string text;                       // UTF-8, trimmed; list items keep their bullet
    block_kind kind = block_kind::paragraph;
    bool kept = true;                       // true only for reason::body
    reason why = reason::body;
    std::string detail;                     // what triggered the decision, for people
};

enum class status : std::uint8_t {
    ok,
    empty_input,        // nothing but white space: result has no blocks (not an error for batches)
    unsupported_input,  // e.g. HTML before the HTML front end exists, or binary data
    too_large,          // input longer than options::max_input_bytes
};

std::string_view to_string(status code) noexcept;

// Limits. Every one is named here with its default and what happens when it
// is hit, so callers can size batches. Defaults are generous: no real page
// comes near them.
inline constexpr std::size_t default_max_input_bytes = std::size_t{256} << 20;  // 256 MiB: status::too_large

struct options {
    input_mode mode = input_mode::detect;
    // Inputs longer than this are refused with status::too_large before any work.
    std::size_t max_input_bytes = default_max_input_bytes;
    // HTML mode: the charset to read the bytes in (a label such as
    // "windows-1252" or "shift_jis"); empty = auto (byte order mark,
    // <meta charset>, then detection). A byte order mark still wins.
    std::string encoding;
};

struct result {
    status code = status::ok;
    std::string message;           // empty when ok; otherwise says what went wrong
    input_mode mode = input_mode::text;  // the mode actually used
    std::string title;             // the headline, when one was found (not part of text)
    std::string language;          // HTML mode: the page's declared language (<html lang>), or empty
    std::string encoding;          // HTML mode: the charset the bytes were read in, e.g. "UTF-8"
    std::string text;              // kept blocks, separated by one blank line, ending in '\n'
    std::vector<block> blocks;     // every block looked at, kept or not, in order

    bool ok() const noexcept { return code == status::ok || code == status::empty_input; }
};

// Clean one document. Never throws (an allocation failure is reported as
// unsupported_input with a message); the same input and options always give
// byte-identical output.
result clean(std::string_view input, const options& opts = {}) noexcept;

// The same, forcing text mode: `input` is a plain-text scrape.
result clean_text(std::string_view input, const options& opts = {}) noexcept;

// Library version, "MAJOR.MINOR.PATCH".
std::string_view version() noexcept;

}  // namespace pith
