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
    comment,            // dropped: a reader comment or the comment section around it
};

// What to do with reader comments (the posts under an article, found by
// their markup in HTML mode and by a comment heading and the short posts
// after it in text mode). Whatever the policy, the comment blocks pith found
// are returned in result::comments.
enum class comments_policy : std::uint8_t {
    automatic,  // dropped (reason::comment) from text, except on forum / Q&A pages
                // (result::page_type forum), where the posts are the content and
                // the comment rule does not run
    include,    // kept in text, in place (comment sections follow the body, so
                // they come after it); the blocks carry reason::body
    exclude,    // dropped everywhere, forum pages too; but a subtree that holds
                // most of the page's prose is never taken for a comment section,
                // so a thread's posts stay when they are the page
};

// What kind of page an HTML document is, from page-level features (what its
// JSON-LD, og:type and address declare, how its text and elements are made):
// a gradient-boosted classifier trained on the seven content types of the
// WCXB dev set, after a rule for pages with nothing to read (below).
enum class page_type : std::uint8_t {
    unknown,        // not judged: text mode
    article,        // news, blog post, recipe, essay: one body of prose
    forum,          // a discussion or Q&A thread: the posts are the content
    product,        // one product's page: name, price, description, specifications
    collection,     // a shop category or gallery: a grid of items
    listing,        // an index of articles, search results, an archive: teasers
    documentation,  // reference, manual, API docs, tutorials with code
    service,        // a business's page about what it offers (services, pricing, about)
    not_content,    // nothing to read: an error page ("404", "Page not found", "Access
                    // denied" titles on a page under 400 words), a login wall ("Sign in"
                    // titles under 200 words), or an empty shell (under 25 words in all,
                    // or no text at all: status::empty_input)
};

// Stable lower-case names, e.g. "caption_duplicate"; used by --explain and JSON.
std::string_view to_string(page_type type) noexcept;
std::string_view to_string(reason why) noexcept;
std::string_view to_string(block_kind kind) noexcept;
std::string_view to_string(input_mode mode) noexcept;
std::string_view to_string(comments_policy policy) noexcept;

// A run of a block's text that the page marked inline: a link, emphasis or
// code. `begin` and `end` are byte offsets into block::text (begin < end,
// on code point boundaries); spans nest as the page's elements did and are
// listed in the order they open (an outer span before the inner ones).
struct span {
    enum class type : std::uint8_t { link, emphasis, strong, code };
    type what = type::emphasis;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string href;                       // links: the target, resolved against the page's base URL
};

// Where a block sits in the page's structure, as an HTML page says it (text
// mode leaves it at the defaults: it cannot know). Output formats that keep
// structure (Markdown, HTML) read it; block::text never depends on it.
struct block_structure {
    int heading_level = 0;                  // 1..6 for <h1>..<h6>, else 0
    int list_depth = 0;                     // list items (<li>, <dt>, <dd>) around the block; 1 = top level
    bool ordered = false;                   // the innermost list is an <ol>
    int item_number = 0;                    // first block of an <ol> item: its number (start / value honoured)
    bool continues_item = false;            // a later block of the same list item (after a nested list, say)
    int quote_depth = 0;                    // <blockquote>s around the block
    int table = 0;                          // 1-based id of the innermost <table> in the page, 0 if none
    bool data_table = false;                // that table holds data (a grid of one-block cells), not layout
    int row = 0;                            // 0-based row and column of the cell inside its table:
    int column = 0;                         //   columns count colspans and skip the columns a rowspan
                                            //   from a row above covers (in the first 256 columns;
                                            //   a rowspan ends with its <thead>/<tbody>/<tfoot>)
    int colspan = 1;
    int rowspan = 1;                        // rows the cell covers (rowspan="0" is read as 1)
    bool header_cell = false;               // <th>, or a cell inside <thead>
    std::string code_language;              // preformatted: "python" from class="language-python" / "lang-python"
    std::vector<span> spans;                // inline markup over block::text (none in preformatted blocks)
};

// One paragraph-level piece of the document, in document order.
struct block {
    std::string text;                       // UTF-8, trimmed; list items keep their bullet; only
                                            // preformatted blocks hold line breaks, never a blank line
    block_kind kind = block_kind::paragraph;
    bool kept = true;                       // true only for reason::body
    reason why = reason::body;
    std::string detail;                     // what triggered the decision, for people
    block_structure structure;              // heading level, list depth, table cell, inline spans
};

enum class status : std::uint8_t {
    ok,
    empty_input,        // nothing but white space: result has no blocks (not an error for batches)
    unsupported_input,  // e.g. HTML before the HTML front end exists, or binary data
    too_large,          // input longer than options::max_input_bytes
    timed_out,          // options::max_millis ran out: the result holds what pith had (see there)
    unknown_encoding,   // options::encoding is a label pith does not know: nothing was done
};

std::string_view to_string(status code) noexcept;

// Limits. pith reads pages from the open web unattended, so every resource
// it spends is bounded by a named limit below, with its default and what
// happens when an input reaches it. Defaults are generous: no real page comes
// near them. Where a limit is hit after the input was accepted, pith keeps the
// text rather than refusing the page, and says so in result::warnings.
//
// Time: every stage is linear in the size of the input (no step compares
// every block with every other, no search restarts from every position), and
// nothing recurses over input-controlled depth, so a hostile page costs what
// an ordinary page of its size costs. Peak memory stays below about 15x the
// input plus a constant (the per-block cost of at most max_blocks blocks).

// Inputs longer than this are refused before any work with status::too_large:
// the caller asked for it, and reading a larger document is a batch's bug.
inline constexpr std::size_t default_max_input_bytes = std::size_t{256} << 20;  // 256 MiB

// Paragraph-level blocks one document may make. A real page has hundreds, a
// book-length scrape tens of thousands; a block costs a few hundred bytes of
// bookkeeping whatever its length, so this bounds memory on inputs made of
// millions of tiny lines. When the input would make more, the last allowed
// block holds all the remaining text (white space collapsed), and a warning
// says so: nothing is dropped unseen.
inline constexpr std::size_t default_max_blocks = 100000;

// HTML mode: elements nested deeper than this are flattened before the parser
// sees them (their tags dropped, their text kept) with a warning. Gumbo's own
// tree code recurses and overflows the stack near a quarter-million levels;
// real pages stay under 100. Text mode has no nesting.
inline constexpr std::size_t default_max_depth = 512;

// HTML mode: elements one document may open, counted as start tags in the
// pre-pass before the parser (after script, style and comment payloads are
// cut; tags dropped for depth do not count). Each element costs the parser
// and the walk about 600 bytes, so a page of bare "<p>" tags would need
// some 200x its size in memory without this bound. When the page has more,
// every tag after the first max_nodes, start or end, is dropped before the
// parser sees it, except structural ones (paragraphs, headings, list items,
// sections, table cells), which pass for max_nodes more start tags: so an
// article after a run of hundreds of thousands of links keeps its
// paragraphs. Past both, the rest of the page is kept as text (mostly one
// block). A warning says so either way. The largest of 2,348 crawled pages (the raw-pages and
// wcxb-dev sets) opens 10,087 elements, the median 751.
inline constexpr std::size_t default_max_nodes = std::size_t{1} << 18;  // 262,144

// Which error the learned models lean against (trafilatura's --precision and
// --recall). Both models give each block a content probability and keep it at
// p >= a threshold; `balance` uses the trained threshold (the one that scored
// best: HTML 0.5, text 0.4), `precision` a higher one (less chrome kept, more
// body lost), `recall` a lower one (the reverse). The values are chosen on the
// dev set and documented, with what they cost, in lib/src/model/favour.h and
// bench/results.md. Only the models' keep decision moves: the rules' drops the
// model never overrules (captions, markers, repeats), text mode's prose guard
// and smoothing run as before. With the same page, `precision` keeps a subset
// of the blocks `balance` keeps, and `balance` a subset of what `recall` keeps.
enum class favour : std::uint8_t { balance, precision, recall };
std::string_view to_string(favour f) noexcept;  // "balance", "precision", "recall"

struct options {
    input_mode mode = input_mode::detect;
    // Inputs longer than this are refused with status::too_large before any work.
    std::size_t max_input_bytes = default_max_input_bytes;
    // HTML mode: the charset to read the bytes in (a label such as
    // "windows-1252" or "shift_jis"); empty = auto (byte order mark,
    // <meta charset>, then detection). A byte order mark still wins. A label
    // pith does not know gives status::unknown_encoding before any work.
    std::string encoding;
    // HTML mode: a charset the transport declared (an HTTP Content-Type's
    // charset=, e.g. from a WARC record), used when the page declares none.
    // Unlike `encoding` it ranks below the page's own <meta> or XML
    // declaration: browsers let HTTP win, but crawled headers are often a
    // server's default for every file (ISO-8859-1 on UTF-8 pages), while the
    // declaration was written with the bytes. Order: byte order mark,
    // `encoding`, the page's declaration, this hint, detection. A legacy
    // hint on bytes that are valid UTF-8 with several multibyte sequences is
    // stale, and a UTF-8 hint on bytes mostly invalid as UTF-8 is wrong:
    // both fall through to detection, as a stale declaration does.
    std::string charset_hint;
    // At most this many blocks; the rest of the text is kept as the last block.
    std::size_t max_blocks = default_max_blocks;
    // HTML mode only: see default_max_depth and default_max_nodes.
    std::size_t max_depth = default_max_depth;
    std::size_t max_nodes = default_max_nodes;
    // Time budget in milliseconds for this call, on the steady clock; 0 (the
    // default) means none. Size limits already make every page cost what an
    // ordinary page of its size costs; this bounds the wall time of one call
    // on a loaded machine, so one page can never stall a batch. pith checks
    // it between stages (decompression, decode, pre-pass, parse, walk, each
    // rule, features, the model) and every few hundred steps inside the
    // front ends and the feature loop; a step that is running finishes, so
    // the budget can be overrun by one step (the Gumbo parse is the longest).
    // Past it pith stops and returns status::timed_out (ok() is false: the
    // text is partial) with a warning naming the stage, and the result holds
    // what it had: the blocks made so far (text the front end had not reached
    // yet is not in them), each one decided by the stages that did run and
    // every block they left undecided kept, with detail "not judged: time
    // budget". A result with a budget depends on the machine's speed, so
    // the same input may give different output; without one it never does.
    std::uint64_t max_millis = 0;
    // HTML mode: the page's own address, against which relative links are
    // resolved (span::href) when the page has no <base href>; empty = links
    // stay as the page wrote them when they are relative.
    std::string url;
    // Reader comments: dropped on articles and kept on forums (automatic),
    // kept everywhere (include) or dropped everywhere (exclude); see
    // comments_policy. result::comments holds them under every policy.
    pith::comments_policy comments = pith::comments_policy::automatic;
    // The learned models' keep threshold: balanced (the default), favouring
    // precision, or favouring recall (see pith::favour).
    pith::favour favour = pith::favour::balance;
};

// What the page says about itself: who wrote it, when, where it appeared.
// HTML mode reads it from the page's markup, best source first: schema.org
// JSON-LD (Article, NewsArticle, BlogPosting, WebPage, ..., also inside
// @graph), OpenGraph and Twitter meta tags, other <meta> names (author,
// date, description, Dublin Core, ...), itemprop attributes, <time
// datetime>, <link rel=canonical>, <html lang>; then from the text: the
// byline pith drops, a date in the URL, a date written next to the headline
// (month names in the ten stopword languages). Text mode has only the text:
// the headline, a "By ..." line, a date line near the top, the language.
// Every field is empty when nothing was found; nothing is guessed beyond
// what the page states, except `language`, which falls back to detection.
struct metadata {
    std::string title;                 // the page's own title: its metadata title (og:title, JSON-LD
                                       // headline, <title> without the site name) unless the visible
                                       // <h1> is part of it; text mode: result::title
    std::vector<std::string> authors;  // people (or an organisation) credited, in page order, without
                                       // "By", one name per entry
    std::string date_published;        // ISO 8601: "2025-09-04", or "2025-09-04T10:30:00+02:00" when
                                       // the source gives a time (offset kept as written, "Z" for UTC);
                                       // a page that shows only an "Updated ..." date gets that one
    std::string date_modified;         // the same form (markup, or an "Updated ..." line by the
                                       // headline); empty when the page gives none
    std::string site_name;             // og:site_name, JSON-LD publisher or WebSite name
    std::string description;           // the page's summary (meta description, og:description)
    std::string canonical_url;         // <link rel=canonical>, else og:url, as written
    std::string language;              // a BCP 47 tag as declared ("en-US"), else the primary subtag
                                       // detected from the text's function words ("de"), else empty
    bool language_detected = false;    // true when `language` was detected, not declared
    std::string image;                 // the main image's URL (og:image, JSON-LD image), as written
    std::vector<std::string> tags;     // keywords, tags and sections, in order, without duplicates
};

struct result {
    status code = status::ok;
    std::string message;           // empty when ok; otherwise says what went wrong
    input_mode mode = input_mode::text;  // the mode actually used
    std::string title;             // the headline, when one was found (not part of text)
    std::string language;          // HTML mode: the page's declared language (<html lang>), or empty
                                   // (see meta.language for the declared-or-detected one)
    std::string encoding;          // HTML mode: the charset the bytes were read in, e.g. "UTF-8"
    pith::page_type page_type = pith::page_type::unknown;  // HTML mode: what kind of page it is
    float page_type_confidence = 0;  // the classifier's probability for page_type, 0..1
                                     // (1 for not_content, which a rule decides)
    std::string text;              // kept blocks, separated by one blank line, ending in '\n'
    std::string comments;          // the reader comments found (blocks pith judged to be comments),
                                   // joined as text is, whatever options::comments says; empty when
                                   // none were found (and on forum pages under automatic, whose
                                   // posts are the content)
    std::vector<block> blocks;     // every block looked at, kept or not, in order
    std::vector<std::string> warnings;  // limits that were hit (text kept); empty on ordinary pages
    metadata meta;                 // title, authors, dates, site, language, ... (see metadata)

    // True when the result is whole: ok and empty_input. A timed_out result is
    // not ok() though it carries partial text and blocks.
    bool ok() const noexcept { return code == status::ok || code == status::empty_input; }
};

// Clean one document. Never throws (an allocation failure is reported as
// unsupported_input with a message); the same input and options always give
// byte-identical output (unless options::max_millis is set).
result clean(std::string_view input, const options& opts = {}) noexcept;

// The same, forcing text mode: `input` is a plain-text scrape.
result clean_text(std::string_view input, const options& opts = {}) noexcept;

// True when options::encoding may name this charset label ("windows-1252",
// "Shift_JIS", "latin1", ...): the WHATWG labels pages use and any name the
// system's iconv knows. For callers that check a user's label up front.
bool is_known_encoding(std::string_view label) noexcept;

// Library version, "MAJOR.MINOR.PATCH".
std::string_view version() noexcept;

}  // namespace pith
