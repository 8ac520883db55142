#include "input/text_input.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace pith::detail {

namespace {

std::string_view trim(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t i = b;
        if (!is_space(next_code_point(s, i))) break;
        b = i;
    }
    std::size_t e = s.size();
    while (e > b) {
        // step back to the start of the last code point
        std::size_t k = e - 1;
        while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
        std::size_t j = k;
        if (!is_space(next_code_point(s, j))) break;
        e = k;
    }
    return s.substr(b, e - b);
}

bool blank(std::string_view line) { return trim(line).empty(); }

// Bullet glyphs a scraper puts before list items.
constexpr std::array<char32_t, 17> bullet_glyphs = {
    0x2022, 0x00B7, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x25CB, 0x25A0, 0x25A1,
    0x25BA, 0x25B6, 0x2713, 0x2714, 0x2043, 0x2219, 0x27A2, 0x2794};

// The code point that ends at byte `end` (exclusive) and its start.
char32_t cp_before(std::string_view s, std::size_t end, std::size_t* start = nullptr) {
    if (end == 0) return 0;
    std::size_t k = end - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    if (start) *start = k;
    std::size_t j = k;
    return next_code_point(s, j);
}

bool is_cp_boundary(std::string_view s, std::size_t pos) {
    return pos == 0 || pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

bool opens_sentence(char32_t cp) {
    return is_upper(cp) || is_digit(cp) || cp == '\'' || cp == '"' || cp == 0x2018 || cp == 0x201C ||
           cp == 0x00AB || cp == '(' || cp == '[' || (is_letter(cp) && !is_lower(cp));
}

// Where the previous text stops and glued text starts: "morningA", "hit.The",
// "(pictured)Daniel", "War. Seventeen". A lower-case letter before an upper-case
// one is a glue point only with outside evidence (the caller's), which is what
// keeps "iPhone", "McDonald" and "MailOnline" whole.
bool glue_point(std::string_view a, std::size_t p) {
    if (p == 0 || p >= a.size() || !is_cp_boundary(a, p)) return false;
    std::size_t i = p;
    char32_t next = next_code_point(a, i);
    if (!opens_sentence(next)) return false;
    std::size_t before_start = 0;
    char32_t prev = cp_before(a, p, &before_start);
    if (prev == ' ') {
        char32_t prev2 = cp_before(a, before_start);
        return is_sentence_end(prev2) || is_closing(prev2);
    }
    return is_lower(prev) || is_sentence_end(prev) || is_closing(prev) || is_digit(prev);
}

// Whether b continues after a copy of length `len` in a way that makes the
// copy a separate piece: not the first part of a longer word ("i|Phone"), and
// across a space only after a finished sentence (a lede that merely starts
// with its heading's words is one paragraph).
bool piece_ends_at(std::string_view b, std::size_t len) {
    if (len >= b.size()) return true;
    if (!is_cp_boundary(b, len)) return false;
    std::size_t i = len;
    char32_t next = next_code_point(b, i);
    char32_t before = cp_before(b, len);
    if (next == ' ') {
        if (i >= b.size()) return true;
        char32_t after = next_code_point(b, i);
        if (!opens_sentence(after)) return false;
        if (is_sentence_end(before) || is_closing(before)) return true;
        // No punctuation before the space: only a caption-length copy, or a
        // quotation opening right after it, is evidence of glue.
        return !is_upper(after) || measure(b.substr(0, len)).words >= 12;
    }
    if (!opens_sentence(next)) return false;
    if (is_letter(before) && is_letter(next)) {
        // lower->Upper inside a token: the left part must be a real word.
        int letters = 0;
        std::size_t end = len;
        while (end > 0 && letters < 3) {
            std::size_t start = 0;
            char32_t cp = cp_before(b, end, &start);
            if (!is_letter(cp)) break;
            ++letters;
            end = start;
        }
        return letters >= 3;
    }
    return true;
}

// A long line that stops on a lower-case word or a comma stops mid-sentence:
// the next line continues it even when that starts with a capital
// ("talks with\nPresident Macron").
bool ends_mid_sentence(std::string_view line) {
    char32_t last = cp_before(line, line.size());
    return is_lower(last) || last == ',' || last == 0x3001;
}

bool substantial(std::string_view piece) {
    if (piece.size() < 20) return false;
    return measure(piece).words >= 4;
}

// KMP prefix function of s. Entries fit 32 bits: inputs are capped at
// max_input_bytes, far below 4 GiB, and half the size of size_t halves the
// transient memory on long blocks.
std::vector<std::uint32_t> prefix_function(std::string_view s) {
    std::vector<std::uint32_t> pi(s.size(), 0);
    for (std::size_t i = 1; i < s.size(); ++i) {
        std::uint32_t k = pi[i - 1];
        while (k > 0 && s[i] != s[k]) k = pi[k - 1];
        if (s[i] == s[k]) ++k;
        pi[i] = k;
    }
    return pi;
}

// Lengths L, longest first, such that the last L bytes of a equal the first L
// bytes of b. An overlap is never longer than either side, so only the first
// min(|a|, |b|) bytes of b are indexed: linear in the shorter block, which
// keeps a chain of splits against one long block linear as well.
std::vector<std::size_t> overlaps(std::string_view a, std::string_view b) {
    std::vector<std::size_t> out;
    b = b.substr(0, std::min(a.size(), b.size()));
    if (b.empty()) return out;
    auto pi = prefix_function(b);
    std::size_t k = 0;
    // Run the automaton of b over the tail of a.
    for (std::size_t i = a.size() - b.size(); i < a.size(); ++i) {
        while (k > 0 && (k == b.size() || a[i] != b[k])) k = pi[k - 1];
        if (a[i] == b[k]) ++k;
    }
    while (k > 0) {
        out.push_back(k);
        k = pi[k - 1];
    }
    return out;
}

candidate make_block(std::string_view raw) {
    candidate c;
    c.text = collapse_space(raw);
    c.bullet = starts_with_bullet(c.text);
    if (c.bullet) c.kind = block_kind::list_item;
    return c;
}

}  // namespace

void restore_no_break_spaces(std::string_view text, candidates& blocks) {
    constexpr std::string_view nbsp = "\u00A0";
    if (text.find(nbsp) == std::string_view::npos) return;
    // The text folded as the blocks were, and which of its spaces stood for
    // a lone U+00A0.
    std::vector<std::size_t> lone;
    const std::string folded = collapse_space(text, lone);
    std::vector<bool> was_nbsp(folded.size(), false);
    for (std::size_t at : lone) was_nbsp[at] = true;
    // A miss scans the rest of the text: a few are allowed, not one a block.
    constexpr int max_misses = 8;
    int misses = 0;
    std::size_t from = 0;
    for (auto& c : blocks) {
        if (!c.kept || c.text.empty() || c.text.find(' ') == std::string::npos) continue;
        if (c.text.find('\n') != std::string::npos) continue;  // preformatted: printed as read
        const std::size_t at = folded.find(c.text, from);
        if (at == std::string::npos) {
            if (++misses == max_misses) return;
            continue;
        }
        from = at + c.text.size();
        std::string restored;
        for (std::size_t k = 0; k < c.text.size(); ++k) {
            if (c.text[k] == ' ' && was_nbsp[at + k]) restored.append(nbsp);
            else restored.push_back(c.text[k]);
        }
        c.text = std::move(restored);
    }
}

bool starts_with_bullet(std::string_view line) {
    line = trim(line);
    if (line.empty()) return false;
    std::size_t i = 0;
    char32_t cp = next_code_point(line, i);
    bool glyph = std::find(bullet_glyphs.begin(), bullet_glyphs.end(), cp) != bullet_glyphs.end();
    if (!glyph && (cp == '-' || cp == '*' || cp == '+' || cp == 0x2013 || cp == 0x2014)) glyph = true;
    if (glyph) return i < line.size() && is_space(next_code_point(line, i));
    // "1." "12)" "a)" followed by a space
    std::size_t j = 0;
    while (j < line.size() && j < 3 && line[j] >= '0' && line[j] <= '9') ++j;
    if (j == 0 && line.size() > 2 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')') j = 1;
    if (j == 0 || j >= line.size()) return false;
    if (line[j] != '.' && line[j] != ')') return false;
    return j + 1 < line.size() && line[j + 1] == ' ';
}

candidates read_text_blocks(std::string_view text, std::size_t max_blocks,
                            std::vector<std::string>& warnings, time_budget* budget) {
    time_budget none;
    time_budget& time = budget ? *budget : none;
    candidates out;
    if (max_blocks == 0) max_blocks = 1;
    // The block being built, the line before, and where the block starts in
    // `text` (for the limit: the last allowed block takes all the rest).
    std::string current;
    std::string_view prev;
    std::size_t current_start = 0;
    bool full = false;
    auto push = [&] {
        if (current.empty()) return;
        if (out.size() + 1 >= max_blocks) {
            std::size_t end = static_cast<std::size_t>(prev.data() + prev.size() - text.data());
            if (!blank(text.substr(end))) {
                out.push_back(make_block(text.substr(current_start)));
                warnings.push_back("more than " + std::to_string(max_blocks) +
                                   " blocks: the text from block " + std::to_string(max_blocks) +
                                   " on is kept as one block");
                full = true;
                return;
            }
        }
        out.push_back(make_block(current));
        current.clear();
    };
    std::size_t pos = 0;
    for (std::size_t step = 0; pos <= text.size() && !full; ++step) {
        if (time.expired_at(step, "text front end")) break;
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        std::string_view t = trim(line);
        if (t.empty()) {  // a blank line ends the paragraph
            push();
            continue;
        }
        bool starts_new = current.empty();
        if (!starts_new) {
            text_stats ps = measure(prev);
            bool bullet_now = starts_with_bullet(t);
            bool bullet_before = starts_with_bullet(prev);
            // Wrapped prose runs long and breaks mid-sentence; anything
            // else stacked on its own line is its own unit. Hard wrapping
            // happens at a fixed width (~60-100 columns), so a capital after
            // a much longer line starts a new unit.
            bool wrapped = prev.size() >= 50 && !ps.final_punct && !ps.ends_colon &&
                           (!measure(t).starts_upper || (ps.code_points <= 100 && ends_mid_sentence(prev)));
            starts_new = bullet_now || bullet_before || !wrapped;
        }
        if (starts_new) {
            push();
            if (full) break;
            current.assign(t);
            current_start = static_cast<std::size_t>(t.data() - text.data());
        } else {
            current.push_back(' ');
            current.append(t);
        }
        prev = t;
    }
    if (!full) push();
    if (!time.expired("text front end")) split_glued(out, max_blocks);
    return out;
}

void split_glued(candidates& blocks, std::size_t max_blocks) {
    if (blocks.size() < 2) return;
    // One pass that appends to `out` instead of inserting into `blocks`
    // (each insert would move every later block: quadratic on long inputs).
    // `cur` is the block being looked at; the next one is blocks[j] minus its
    // first `next_skip` bytes, so that a line of many glued copies is walked
    // without copying its rest again for every copy split off it.
    candidates out;
    out.reserve(blocks.size());
    candidate cur = std::move(blocks[0]);
    std::size_t j = 1, next_skip = 0;
    // Blocks the pass will still emit; each split adds one.
    auto room = [&] { return out.size() + 1 + (blocks.size() - j) < max_blocks; };
    auto take_next = [&] {
        if (next_skip == 0) return std::move(blocks[j]);
        candidate tail = make_block(std::string_view(blocks[j].text).substr(next_skip));
        tail.glued = true;
        return tail;
    };
    while (j < blocks.size()) {
        const std::string& a = cur.text;
        std::string_view b = std::string_view(blocks[j].text).substr(next_skip);
        if (!room()) {
            out.push_back(std::move(cur));
            cur = take_next();
            ++j, next_skip = 0;
            continue;
        }
        // The next block starts with this whole block: "<copy><rest>".
        if (b.size() > a.size() && b.compare(0, a.size(), a) == 0 && piece_ends_at(b, a.size()) &&
            substantial(a)) {
            std::string_view rest = trim(b.substr(a.size()));
            if (!rest.empty()) {
                candidate copy = make_block(a);
                copy.glued = true;
                next_skip = static_cast<std::size_t>(rest.data() - blocks[j].text.data());
                out.push_back(std::move(cur));
                cur = std::move(copy);
                continue;
            }
        }
        // This block ends with the start of the next one: "<own text><copy>".
        // The cheap glue tests come first; `substantial` shrinks with the
        // overlap, so the first piece at a glue point decides.
        bool split = false;
        for (std::size_t len : overlaps(a, b)) {
            if (len >= a.size()) continue;
            std::size_t p = a.size() - len;
            if (!glue_point(a, p) || !piece_ends_at(b, len)) continue;
            std::string_view piece = std::string_view(a).substr(p);
            if (!substantial(piece)) break;  // shorter overlaps are weaker still
            std::string_view head = trim(std::string_view(a).substr(0, p));
            if (head.empty()) break;
            candidate left = make_block(head);
            candidate copy = make_block(piece);
            left.glue_host = true;
            copy.glued = true;
            out.push_back(std::move(left));
            cur = std::move(copy);
            split = true;
            break;
        }
        if (split) continue;
        out.push_back(std::move(cur));
        cur = take_next();
        ++j, next_skip = 0;
    }
    out.push_back(std::move(cur));
    blocks = std::move(out);
}

}  // namespace pith::detail
