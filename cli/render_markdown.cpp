// Markdown that keeps the page's structure (CommonMark, with GFM tables):
// heading levels, ordered and nested lists, quotes, fenced code with its
// language, data tables, links, emphasis and inline code. Text-mode blocks
// carry no structure and render as before (headings as ##, bullets as -).
#include "outputs.h"

#include <algorithm>
#include <map>

namespace pith_cli {

namespace {

// Length of the bullet a list item starts with ("• ", "- ", "► "), 0 when it
// has none or is numbered ("1. " is already Markdown).
std::size_t bullet_length(std::string_view t) {
    if (t.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(t[0]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > t.size()) return 0;
    bool bullet = false;
    if (len == 1) {
        bullet = c == '-' || c == '*' || c == '+';
    } else {
        // U+00B7 middle dot, and U+2000..U+27FF: dashes, bullets, arrows,
        // geometric shapes, dingbats; the blocks scrapers take bullets from.
        char32_t cp = 0;
        if (len == 2) cp = ((c & 0x1F) << 6) | (t[1] & 0x3F);
        if (len == 3) cp = ((c & 0x0F) << 12) | ((t[1] & 0x3F) << 6) | (t[2] & 0x3F);
        bullet = cp == 0xB7 || (cp >= 0x2000 && cp <= 0x27FF);
    }
    if (!bullet) return 0;
    std::size_t k = len;
    while (k < t.size() && t[k] == ' ') ++k;
    return k > len ? k : 0;
}

// "1. ", "12) ": an ordered list item as Markdown writes it.
bool numbered(std::string_view t) {
    std::size_t d = 0;
    while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
    return d > 0 && d < t.size() && (t[d] == '.' || t[d] == ')') && (d + 1 == t.size() || t[d + 1] == ' ');
}

// A line that would read as block syntax gets its first character escaped,
// so "# 1 hit" or "- 5 degrees" stay text.
std::string escape_leading(std::string_view t) {
    if (t.empty()) return {};
    char c = t[0];
    bool syntax = c == '#' || c == '>' || c == '|';
    if ((c == '-' || c == '*' || c == '+' || c == '=') && (t.size() == 1 || t[1] == ' ' || t[1] == c))
        syntax = true;
    if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") syntax = true;
    if (numbered(t)) {
        std::size_t d = t.find_first_not_of("0123456789");
        return std::string(t.substr(0, d)) + '\\' + std::string(t.substr(d));
    }
    return syntax ? "\\" + std::string(t) : std::string(t);
}

bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Characters that would start inline syntax are escaped; `<` becomes an
// entity (so no text is ever read as raw HTML).
void escape_inline(std::string_view t, std::size_t b, std::size_t e, std::string& out) {
    for (std::size_t i = b; i < e; ++i) {
        char c = t[i];
        if (c == '<') {
            out += "&lt;";
            continue;
        }
        bool esc = c == '\\' || c == '`' || c == '*' || c == '[' || c == ']';
        if (c == '_') esc = i == 0 || i + 1 >= t.size() || !ascii_alnum(t[i - 1]) || !ascii_alnum(t[i + 1]);
        if (esc) out += '\\';
        out += c;
    }
}

std::size_t longest_run(std::string_view t, char ch) {
    std::size_t best = 0, run = 0;
    for (char c : t) {
        run = c == ch ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

std::string code_span(std::string_view t) {
    std::string fence(longest_run(t, '`') + 1, '`');
    bool pad = !t.empty() && (t.front() == '`' || t.back() == '`');
    return fence + (pad ? " " : "") + std::string(t) + (pad ? " " : "") + fence;
}

std::string link_target(std::string_view href) {
    std::string out;
    for (char c : href) {
        if (c == ' ') out += "%20";
        else if (c == '(') out += "%28";
        else if (c == ')') out += "%29";
        else if (c == '<') out += "%3C";
        else if (c == '>') out += "%3E";
        else out += c;
    }
    return out;
}

}  // namespace

std::string markdown_inline(const pith::block& b, bool links) {
    const std::string& t = b.text;
    const auto& spans = b.structure.spans;
    std::string out;
    // Spans nest (listed outer first), so a stack of open ones is enough.
    std::vector<std::size_t> open;
    std::size_t pos = 0, next = 0;
    auto close_to = [&](std::size_t at) {
        while (!open.empty() && spans[open.back()].end <= at) {
            const pith::span& s = spans[open.back()];
            escape_inline(t, pos, s.end, out);
            pos = s.end;
            if (s.what == pith::span::type::link) out += "](" + link_target(s.href) + ")";
            else out += s.what == pith::span::type::strong ? "**" : "*";
            open.pop_back();
        }
    };
    while (next < spans.size()) {
        const pith::span& s = spans[next];
        close_to(s.begin);
        const std::size_t index = next++;
        if (s.begin < pos || s.end > t.size()) continue;  // overlaps one written: text only
        bool same_open = std::any_of(open.begin(), open.end(), [&](std::size_t k) { return spans[k].what == s.what; });
        if (same_open || (s.what == pith::span::type::link && !links)) continue;
        escape_inline(t, pos, s.begin, out);
        pos = s.begin;
        if (s.what == pith::span::type::code) {
            out += code_span(std::string_view(t).substr(s.begin, s.end - s.begin));
            pos = s.end;
            while (next < spans.size() && spans[next].begin < s.end) ++next;  // nothing nests in code
            continue;
        }
        out += s.what == pith::span::type::link ? "[" : s.what == pith::span::type::strong ? "**" : "*";
        open.push_back(index);
    }
    close_to(t.size());
    escape_inline(t, pos, t.size(), out);
    return out;
}

namespace {

// Block-level escaping on top of the inline form: the start of the line, and
// a heading's closing '#'.
std::string md_line(const pith::block& b, bool links) {
    std::string inl = markdown_inline(b, links);
    // escape_leading sees the escaped form. A text '*', '[' or '`' is
    // already escaped there, so one at the start is markup pith wrote.
    if (!inl.empty() && (inl[0] == '*' || inl[0] == '[' || inl[0] == '`')) return inl;
    return escape_leading(inl);
}

std::string prefix_lines(std::string_view t, std::string_view first, std::string_view rest) {
    std::string out(first);
    for (char c : t) {
        out += c;
        if (c == '\n') out += rest;
    }
    return out;
}

// The GFM table of one data table's kept cells, from blocks[from, to).
std::string md_table(const std::vector<const pith::block*>& cells, bool links, std::string_view lead) {
    std::map<int, std::map<int, std::string>> rows;
    int columns = 0;
    for (const pith::block* b : cells) {
        std::string cell;
        for (char c : markdown_inline(*b, links)) {
            if (c == '|') cell += "\\|";
            else cell += c;
        }
        rows[b->structure.row][b->structure.column] = cell;
        columns = std::max(columns, b->structure.column + b->structure.colspan);
    }
    std::string out;
    bool first = true;
    for (const auto& [row, cols] : rows) {
        out += lead;
        out += '|';
        for (int c = 0; c < columns; ++c) {
            auto it = cols.find(c);
            out += ' ';
            if (it != cols.end()) out += it->second;
            out += " |";
        }
        out += '\n';
        if (first) {
            out += lead;
            out += '|';
            for (int c = 0; c < columns; ++c) out += " --- |";
            out += '\n';
            first = false;
        }
    }
    return out;
}

std::string fenced(const pith::block& b, std::string_view lead) {
    std::string fence(std::max<std::size_t>(3, longest_run(b.text, '`') + 1), '`');
    std::string out = std::string(lead) + fence + b.structure.code_language + "\n";
    out += prefix_lines(b.text, lead, lead);
    out += "\n" + std::string(lead) + fence;
    return out;
}

// Nested list items are indented to their parent's content; four columns at
// least, which CommonMark and Python-Markdown both read as nesting.
struct list_layout {
    std::vector<std::size_t> widths;  // content indent per depth
    std::size_t indent(int depth) const {
        std::size_t n = 0;
        for (int d = 0; d < depth && d < static_cast<int>(widths.size()); ++d) n += widths[d];
        return n;
    }
};

std::string md_list_item(const pith::block& b, list_layout& lay, bool links, std::string_view quote) {
    const int depth = b.structure.list_depth;
    if (static_cast<int>(lay.widths.size()) < depth) lay.widths.resize(depth, 4);
    if (b.structure.continues_item || b.kind == pith::block_kind::preformatted) {
        std::string lead = std::string(quote) + std::string(lay.indent(depth), ' ');
        if (b.kind == pith::block_kind::preformatted) return fenced(b, lead);
        return lead + md_line(b, links);
    }
    std::string marker;
    if (b.structure.ordered)
        marker = std::to_string(std::clamp(b.structure.item_number, 0, 999999999)) + ". ";
    else
        marker = "- ";
    lay.widths[depth - 1] = std::max<std::size_t>(4, marker.size());
    lay.widths.resize(depth);
    pith::block copy = b;
    if (!b.structure.ordered) {
        std::size_t n = bullet_length(b.text);
        if (n && b.structure.spans.empty()) copy.text = b.text.substr(n);
    }
    std::string pad(lay.indent(depth - 1), ' ');
    std::string line = md_line(copy, links);
    return std::string(quote) + pad + marker + std::string(std::max<std::size_t>(4, marker.size()) - marker.size(), ' ') + line;
}

// A kept block outside lists of elements and data tables: a text-mode list
// item (`text_list`), a heading, code or a paragraph, under `quote`.
std::string md_block(const pith::block& b, bool text_list, bool links, const std::string& quote) {
    if (text_list) {
        std::size_t n = bullet_length(b.text);
        if (n) return "- " + b.text.substr(n);
        if (numbered(b.text)) return b.text;
        return "- " + b.text;
    }
    if (b.kind == pith::block_kind::heading) {
        const int level = b.structure.heading_level;
        std::string h(static_cast<std::size_t>(level > 0 ? level : 2), '#');
        std::string line = markdown_inline(b, links);
        if (!line.empty() && line.back() == '#') line.insert(line.size() - 1, "\\");
        return quote + h + " " + line;
    }
    if (b.kind == pith::block_kind::preformatted) return fenced(b, quote);
    return prefix_lines(md_line(b, links), quote, quote);
}

}  // namespace

std::string render_markdown(const pith::result& r, const render_options& ro) {
    std::string out = metadata_header(r, ro);
    if (!r.title.empty()) {
        pith::block title;
        title.text = r.title;
        out += "# " + markdown_inline(title, false) + "\n";
    }
    list_layout lay;
    int prev_list_depth = 0;
    std::size_t prev_quote = 0;
    bool prev_continued = false;
    bool prev_text_list = false;
    const auto& bl = r.blocks;
    for (std::size_t i = 0; i < bl.size(); ++i) {
        const pith::block& b = bl[i];
        if (!b.kept) continue;
        const auto& s = b.structure;
        // A text-mode quote has no depth recorded: it is one level deep.
        const std::size_t quote_depth =
            static_cast<std::size_t>(std::max(s.quote_depth, b.kind == pith::block_kind::quote ? 1 : 0));
        std::string quote;
        for (std::size_t k = 0; k < quote_depth; ++k) quote += "> ";
        const bool in_list = s.list_depth > 0 && !(b.kind == pith::block_kind::table_cell && s.data_table) &&
                             !(b.kind == pith::block_kind::preformatted && prev_list_depth == 0);
        const bool text_list = s.list_depth == 0 && b.kind == pith::block_kind::list_item;
        // Items of one list stay together (a tight list); everything else,
        // and a continued item's later paragraphs, get a blank line.
        // After an item's later paragraph the list is loose anyway, and
        // Python-Markdown needs the blank line to see the next item.
        // CommonMark lets only a list starting at 1 interrupt a paragraph: a
        // nested one starting elsewhere needs the blank line.
        const bool nested_start = in_list && s.ordered && s.item_number != 1 && s.list_depth > prev_list_depth;
        bool tight = (in_list && prev_list_depth > 0 && !s.continues_item && !prev_continued && !nested_start) ||
                     (text_list && prev_text_list);
        // Inside one quote the blank line is the quote's own ("> >" lines
        // stay one quote); entering or leaving a quote it is a plain one.
        const std::size_t shared = std::min(prev_quote, quote_depth);
        std::string blank;
        for (std::size_t k = 0; k < shared; ++k) blank += k ? " >" : ">";
        if (!out.empty() && !tight) out += blank + "\n";
        prev_quote = quote_depth;
        if (b.kind == pith::block_kind::table_cell && s.data_table && s.table > 0) {
            std::size_t j = i;
            out += md_table(data_table_cells(bl, i, j), ro.links, quote);
            i = j - 1;
            prev_list_depth = 0;
            prev_text_list = false;
            continue;
        }
        if (in_list) {
            // The kept part of a list: an item whose parent item was dropped
            // moves up under the last kept one, and a later paragraph of a
            // dropped item starts an item of its own.
            pith::block item = b;
            item.structure.list_depth = std::min(s.list_depth, prev_list_depth + 1);
            if (prev_list_depth == 0 || item.structure.list_depth > prev_list_depth)
                item.structure.continues_item = false;
            out += md_list_item(item, lay, ro.links, quote);
        } else {
            out += md_block(b, text_list, ro.links, quote);
        }
        out += '\n';
        prev_continued = in_list && s.continues_item && prev_list_depth > 0 &&
                         std::min(s.list_depth, prev_list_depth + 1) <= prev_list_depth;
        prev_list_depth = in_list ? std::min(s.list_depth, prev_list_depth + 1) : 0;
        prev_text_list = text_list;
    }
    return out;
}

}  // namespace pith_cli
