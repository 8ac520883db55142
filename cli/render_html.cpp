// --format html: the kept blocks as minimal HTML that is safe to show. Only
// structural tags (h1-h6, p, ul/ol/li, blockquote, pre/code, table rows and
// cells, a, em, strong, code) and the attributes href, start, colspan, rowspan and a
// code block's class="language-x" are written; every text is escaped, and
// link targets are only http(s), ftp, mailto or tel (the library drops the rest).
#include "outputs.h"

#include <algorithm>
#include <map>

namespace pith_cli {

std::vector<const pith::block*> data_table_cells(const std::vector<pith::block>& blocks, std::size_t first,
                                                 std::size_t& end) {
    std::vector<const pith::block*> cells;
    const int table = blocks[first].structure.table;
    for (end = first; end < blocks.size(); ++end) {
        const pith::block& b = blocks[end];
        if (!b.kept) continue;
        if (b.structure.table != table || b.kind != pith::block_kind::table_cell) break;
        cells.push_back(&b);
    }
    return cells;
}

std::string html_escape(std::string_view t) {
    std::string out;
    out.reserve(t.size());
    for (char c : t) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

const char* tag_of(pith::span::type t) {
    switch (t) {
        case pith::span::type::link: return "a";
        case pith::span::type::emphasis: return "em";
        case pith::span::type::strong: return "strong";
        case pith::span::type::code: return "code";
    }
    return "em";
}

std::string html_inline(const pith::block& b, bool links) {
    const std::string& t = b.text;
    const auto& spans = b.structure.spans;
    std::string out;
    std::vector<std::size_t> open;
    std::size_t pos = 0;
    auto text_to = [&](std::size_t at) {
        out += html_escape(std::string_view(t).substr(pos, at - pos));
        pos = at;
    };
    auto close_to = [&](std::size_t at) {
        while (!open.empty() && spans[open.back()].end <= at) {
            text_to(spans[open.back()].end);
            out += "</" + std::string(tag_of(spans[open.back()].what)) + ">";
            open.pop_back();
        }
    };
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const pith::span& s = spans[k];
        close_to(s.begin);
        if (s.begin < pos || s.end > t.size()) continue;
        if (s.what == pith::span::type::link && !links) continue;
        if (!open.empty() && spans[open.back()].end < s.end) continue;  // would overlap: text only
        text_to(s.begin);
        out += "<" + std::string(tag_of(s.what));
        if (s.what == pith::span::type::link) out += " href=\"" + html_escape(s.href) + "\"";
        out += ">";
        open.push_back(k);
    }
    close_to(t.size());
    text_to(t.size());
    return out;
}

std::string html_table(const std::vector<const pith::block*>& cells, bool links) {
    std::map<int, std::vector<const pith::block*>> rows;
    for (const pith::block* b : cells) rows[b->structure.row].push_back(b);
    std::string out = "<table>\n";
    for (const auto& [row, rc] : rows) {
        out += "<tr>";
        for (const pith::block* b : rc) {
            const char* tag = b->structure.header_cell ? "th" : "td";
            out += std::string("<") + tag;
            if (b->structure.colspan > 1) out += " colspan=\"" + std::to_string(b->structure.colspan) + "\"";
            if (b->structure.rowspan > 1) out += " rowspan=\"" + std::to_string(b->structure.rowspan) + "\"";
            out += ">" + html_inline(*b, links) + "</" + tag + ">";
        }
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

std::string html_pre(const pith::block& b) {
    std::string out = "<pre><code";
    if (!b.structure.code_language.empty())
        out += " class=\"language-" + html_escape(b.structure.code_language) + "\"";
    return out + ">" + html_escape(b.text) + "</code></pre>\n";
}

// Open lists and quotes, so that each block lands in the right container.
class html_writer {
public:
    explicit html_writer(std::string& out) : out_(out) {}

    void quotes_to(int depth) {
        if (depth != quote_) lists_to(0);
        for (; quote_ > depth; --quote_) out_ += "</blockquote>\n";
        for (; quote_ < depth; ++quote_) out_ += "<blockquote>\n";
    }
    void lists_to(std::size_t depth) {
        while (lists_.size() > depth) {
            out_ += lists_.back() ? "</li></ol>\n" : "</li></ul>\n";
            lists_.pop_back();
        }
    }
    // Opens the item a block at `depth` starts (or the lists it needs).
    void item(std::size_t depth, bool ordered, int number, bool continues) {
        lists_to(depth);
        if (lists_.size() == depth && (lists_.back() != ordered || !continues)) {
            if (lists_.back() != ordered) {
                lists_to(depth - 1);
            } else {
                out_ += "</li>\n<li>";
                return;
            }
        }
        while (lists_.size() < depth) {
            const bool o = lists_.size() + 1 == depth && ordered;
            if (o && number != 1) out_ += "<ol start=\"" + std::to_string(number) + "\">\n<li>";
            else out_ += o ? "<ol>\n<li>" : "<ul>\n<li>";
            lists_.push_back(o);
        }
    }

private:
    std::string& out_;
    std::vector<bool> lists_;  // ordered, per open list; each has an open <li>
    int quote_ = 0;
};

}  // namespace

std::string render_html(const pith::result& r, const render_options& ro) {
    std::string out = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html_escape(r.title) +
                      "</title></head>\n<body><article>\n";
    if (!r.title.empty()) out += "<h1>" + html_escape(r.title) + "</h1>\n";
    html_writer w(out);
    const auto& bl = r.blocks;
    for (std::size_t i = 0; i < bl.size(); ++i) {
        const pith::block& b = bl[i];
        if (!b.kept) continue;
        const auto& s = b.structure;
        w.quotes_to(std::max(s.quote_depth, b.kind == pith::block_kind::quote ? 1 : 0));
        if (b.kind == pith::block_kind::table_cell && s.data_table && s.table > 0) {
            w.lists_to(0);
            std::size_t j = i;
            out += html_table(data_table_cells(bl, i, j), ro.links);
            i = j - 1;
            continue;
        }
        // A text scrape's list item has no depth: it is a top-level item.
        std::size_t depth = static_cast<std::size_t>(s.list_depth);
        if (depth == 0 && b.kind == pith::block_kind::list_item) depth = 1;
        if (depth > 0) {
            w.item(depth, s.ordered, s.item_number, s.continues_item);
            if (b.kind == pith::block_kind::preformatted) out += html_pre(b);
            else if (s.continues_item) out += "<p>" + html_inline(b, ro.links) + "</p>";
            else out += html_inline(b, ro.links);
            continue;
        }
        w.lists_to(0);
        if (b.kind == pith::block_kind::heading) {
            std::string h = "h" + std::to_string(s.heading_level > 0 ? s.heading_level : 2);
            out += "<" + h + ">" + html_inline(b, ro.links) + "</" + h + ">\n";
        } else if (b.kind == pith::block_kind::preformatted) {
            out += html_pre(b);
        } else {
            out += "<p>" + html_inline(b, ro.links) + "</p>\n";
        }
    }
    w.quotes_to(0);
    w.lists_to(0);
    return out + "</article></body></html>\n";
}

}  // namespace pith_cli
