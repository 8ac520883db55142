#include "input/html_structure.h"

#include "input/html_bytes.h"
#include "input/url.h"
#include "text/unicode.h"

#include <algorithm>
#include <charconv>

namespace pith::detail {

namespace {

constexpr std::size_t unset = static_cast<std::size_t>(-1);
// Beyond this a colspan is a page's mistake (HTML itself caps it at 1000);
// a Markdown row that wide helps nobody.
constexpr int max_colspan = 100;
// HTML's own cap on rowspan.
constexpr int max_rowspan = 65534;
// Rowspans are followed in this many columns only: skipping covered columns
// costs up to this much per cell-bearing row, so a hostile table of 10^5
// columns and 10^5 rows stays linear. No readable data table is wider.
constexpr std::size_t max_rowspan_columns = 256;

std::string_view attr_of(const GumboElement& el, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

// An integer attribute ("3", " 12 "), or `fallback` when absent or not one.
int int_attr(const GumboElement& el, const char* name, int fallback) {
    std::string_view v = attr_of(el, name);
    while (!v.empty() && is_ascii_space(v.front())) v.remove_prefix(1);
    int value = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    return ec == std::errc() && end != v.data() ? value : fallback;
}

// Elements whose text may stand alone in a data table's cell; any other
// block markup in a cell (a list, a heading, a quote) makes it layout.
bool cell_owner(GumboTag t) {
    return t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_P || t == GUMBO_TAG_DIV ||
           t == GUMBO_TAG_CENTER;
}


}  // namespace

void structure_tracker::set_base(std::string_view href) {
    std::string b = resolve_url(base_, href);
    if (!b.empty()) base_ = std::move(b);
}

std::string structure_tracker::resolve(std::string_view href) const { return resolve_url(base_, href); }

void structure_tracker::enter(GumboTag tag, const GumboElement& el, bool in_pre, structure_context& c) {
    switch (tag) {
        case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_MENU: case GUMBO_TAG_DL: case GUMBO_TAG_DIR:
            lists_.push_back({tag == GUMBO_TAG_OL, tag == GUMBO_TAG_OL ? int_attr(el, "start", 1) : 1});
            c.list = static_cast<int>(lists_.size()) - 1;
            break;
        case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: {
            ++c.list_depth;
            c.ordered = tag == GUMBO_TAG_LI && c.list >= 0 && lists_[static_cast<std::size_t>(c.list)].ordered;
            c.item_number = 0;
            if (c.ordered) {
                list_state& l = lists_[static_cast<std::size_t>(c.list)];
                c.item_number = int_attr(el, "value", l.next);
                l.next = c.item_number + 1;
            }
            item_seen_.push_back(false);
            c.item = static_cast<int>(item_seen_.size());
            break;
        }
        case GUMBO_TAG_BLOCKQUOTE: ++c.quote_depth; break;
        case GUMBO_TAG_TABLE:
            if (c.table > 0) tables_[static_cast<std::size_t>(c.table - 1)].layout = true;
            tables_.emplace_back();
            c.table = static_cast<int>(tables_.size());
            c.cell = 0;
            c.in_thead = c.header = false;
            break;
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
            c.in_thead = tag == GUMBO_TAG_THEAD;
            // A rowspan ends with its row group (HTML's table model).
            if (c.table > 0) tables_[static_cast<std::size_t>(c.table - 1)].covered_until.clear();
            break;
        case GUMBO_TAG_TR:
            if (c.table > 0) {
                table_state& t = tables_[static_cast<std::size_t>(c.table - 1)];
                c.row = t.rows++;
                t.col = 0;
            }
            break;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: enter_cell(tag, el, c); break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: c.code_class = attr_of(el, "class"); break;
        case GUMBO_TAG_CODE:
            if (in_pre && !attr_of(el, "class").empty()) c.code_class = attr_of(el, "class");
            break;
        default: break;
    }
}

void structure_tracker::enter_cell(GumboTag tag, const GumboElement& el, structure_context& c) {
    if (c.table == 0) return;
    table_state& t = tables_[static_cast<std::size_t>(c.table - 1)];
    if (t.rows == 0) t.rows = 1;  // a cell before any <tr>: its own row
    while (static_cast<std::size_t>(t.col) < t.covered_until.size() &&
           t.covered_until[static_cast<std::size_t>(t.col)] > c.row)
        ++t.col;
    c.column = t.col;
    c.colspan = std::clamp(int_attr(el, "colspan", 1), 1, max_colspan);
    c.rowspan = std::clamp(int_attr(el, "rowspan", 1), 1, max_rowspan);
    if (c.rowspan > 1) {
        const std::size_t end = std::min(static_cast<std::size_t>(t.col + c.colspan), max_rowspan_columns);
        if (t.covered_until.size() < end) t.covered_until.resize(end, 0);
        for (std::size_t k = static_cast<std::size_t>(t.col); k < end; ++k) t.covered_until[k] = c.row + c.rowspan;
    }
    t.col += c.colspan;
    t.columns = std::max(t.columns, t.col);
    cell_blocks_.push_back(0);
    c.cell = static_cast<int>(cell_blocks_.size());
    c.header = tag == GUMBO_TAG_TH || c.in_thead;
}

void structure_tracker::describe(const structure_context& c, GumboTag owner_tag, block_kind kind, bool pre,
                                 block_structure& out) {
    if (kind == block_kind::heading) out.heading_level = heading_level(owner_tag);
    out.list_depth = c.list_depth;
    out.ordered = c.ordered;
    if (c.item > 0) {
        const std::size_t item = static_cast<std::size_t>(c.item - 1);
        out.continues_item = item_seen_[item];
        if (!item_seen_[item] && c.ordered) out.item_number = c.item_number;
        item_seen_[item] = true;
    }
    out.quote_depth = c.quote_depth;
    if (c.cell > 0) {
        out.table = c.table;
        out.row = c.row;
        out.column = c.column;
        out.colspan = c.colspan;
        out.rowspan = c.rowspan;
        out.header_cell = c.header;
        table_state& t = tables_[static_cast<std::size_t>(c.table - 1)];
        if (++cell_blocks_[static_cast<std::size_t>(c.cell - 1)] > 1 || !cell_owner(owner_tag)) t.layout = true;
    }
    if (pre) out.code_language = code_language(c.code_class);
}

void structure_tracker::finish(candidates& blocks) const {
    for (candidate& b : blocks) {
        if (b.structure.table == 0) continue;
        const table_state& t = tables_[static_cast<std::size_t>(b.structure.table - 1)];
        b.structure.data_table = !t.layout && t.rows >= 2 && t.columns >= 2;
    }
}

std::size_t span_recorder::open(span::type what, std::string href) {
    span s;
    s.what = what;
    s.begin = s.end = unset;
    s.href = std::move(href);
    // The spans waiting for their first character are always the ones opened
    // since the last start: a suffix of the list, so starting them never
    // rescans the spans before it (a block of 10^5 links stays linear).
    if (!unstarted) first_pending = spans.size();
    spans.push_back(std::move(s));
    unstarted = true;
    return spans.size() - 1;
}

void span_recorder::start_pending(std::size_t at) {
    for (std::size_t k = first_pending; k < spans.size(); ++k) {
        span& s = spans[k];
        if (s.begin == unset && s.end == unset) s.begin = at;
    }
    first_pending = spans.size();
    unstarted = false;
}

void span_recorder::close(std::size_t index, std::size_t at) {
    span& s = spans[index];
    if (s.end != unset) return;
    s.end = s.begin == unset ? 0 : at;  // closed before any text: empty, dropped later
    if (s.begin == unset) s.begin = 0;
}

std::string collapse_with_spans(std::string_view raw, std::vector<span>& spans) {
    // Where each span's raw offsets land in the collapsed text: the output
    // length when the scan reaches that byte, before a pending space is
    // written (the same scan as collapse_space). Only the offsets spans use
    // are mapped, so memory follows the spans, not the block's length.
    const auto clamp_end = [&](const span& s) { return s.end == unset ? raw.size() : std::min(s.end, raw.size()); };
    std::vector<std::size_t> at;
    at.reserve(2 * spans.size());
    for (const span& s : spans) {
        if (s.begin == unset) continue;
        at.push_back(std::min(s.begin, raw.size()));
        at.push_back(clamp_end(s));
    }
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    std::vector<std::size_t> mapped(at.size(), 0);
    std::size_t q = 0;
    std::string out;
    out.reserve(raw.size());
    bool pending = false;
    std::size_t i = 0;
    while (i < raw.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(raw, i);
        while (q < at.size() && at[q] < i) mapped[q++] = out.size();
        if (is_space(cp)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.append(raw.substr(start, i - start));
    }
    while (q < at.size()) mapped[q++] = out.size();
    const auto before = [&](std::size_t offset) {
        return mapped[static_cast<std::size_t>(std::lower_bound(at.begin(), at.end(), offset) - at.begin())];
    };
    std::vector<span> kept;
    for (span& s : spans) {
        if (s.begin == unset) continue;
        std::size_t b = before(std::min(s.begin, raw.size()));
        std::size_t e = before(clamp_end(s));
        while (b < e && out[b] == ' ') ++b;
        while (e > b && out[e - 1] == ' ') --e;
        if (b >= e) continue;
        s.begin = b;
        s.end = e;
        kept.push_back(std::move(s));
    }
    spans = std::move(kept);
    return out;
}

std::string code_language(std::string_view class_list) {
    std::size_t i = 0;
    while (i < class_list.size()) {
        while (i < class_list.size() && is_ascii_space(class_list[i])) ++i;
        std::size_t end = i;
        while (end < class_list.size() && !is_ascii_space(class_list[end])) ++end;
        std::string_view token = class_list.substr(i, end - i);
        i = end;
        std::size_t skip = 0;
        if (token.size() > 9 && equals_ci(token.substr(0, 9), "language-")) skip = 9;
        else if (token.size() > 5 && equals_ci(token.substr(0, 5), "lang-")) skip = 5;
        if (!skip) continue;
        std::string lang;
        for (char ch : token.substr(skip)) {
            bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                      ch == '+' || ch == '#' || ch == '.' || ch == '_' || ch == '-';
            if (!ok) break;
            lang.push_back(ch);
        }
        if (!lang.empty()) return lang;
    }
    return {};
}

}  // namespace pith::detail
