#include "input/html_blocks.h"

#include "input/html_bytes.h"
#include "text/unicode.h"

#include <utility>

namespace pith::detail {

namespace {

block_kind kind_of(GumboTag t, std::uint32_t flags) {
    switch (t) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            return block_kind::heading;
        case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
            return block_kind::list_item;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            return block_kind::table_cell;
        case GUMBO_TAG_FIGCAPTION:
            return block_kind::caption;
        default:
            break;
    }
    if (flags & f_pre) return block_kind::preformatted;
    if (flags & f_figcaption) return block_kind::caption;
    if (flags & f_quote) return block_kind::quote;
    return block_kind::paragraph;
}

// Past this many blocks a page is no ordinary page: the largest of the 2,348
// crawled dev and raw pages opens 10,087 elements, so it makes fewer blocks
// than that. From here on, a block that is mostly link text joins the block
// before it when that one is mostly link text too: a link farm's 10^5 cards
// become one block per run. Each block costs its text's size again in keys
// and some hundreds of bytes of bookkeeping, twice over in the classifier,
// and max_blocks would otherwise fold everything after its limit, the
// article included, into one link-dense block that no stage keeps.
constexpr std::size_t link_run_compaction_after = 20000;

// Mostly link text: a card, a tag, a menu entry.
bool mostly_links(const dom_features& d) { return d.link_chars * 2 > d.text_chars; }

// Appends the link block `c` to `run`, the link block before it.
void absorb_link_block(candidate& run, candidate&& c) {
    run.text += ' ';
    run.text += c.text;
    run.kind = block_kind::paragraph;
    run.structure = block_structure{};  // its spans described the shorter text
    run.dom.text_chars += c.dom.text_chars;
    run.dom.link_chars += c.dom.link_chars;
}

}  // namespace

void block_builder::add(std::string_view s, const walk_context& c) {
    const bool pre = (c.flags & f_pre) != 0;
    const bool link = (c.flags & f_link) != 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (!pre && is_ascii_space(ch)) {
            pending_space = true;
            continue;
        }
        if (!has_owner) {
            owner = c;
            has_owner = true;
        }
        if (pending_space && !text.empty()) text.push_back(' ');
        pending_space = false;
        if (spans.unstarted) spans.start_pending(text.size());
        text.push_back(ch);
        // Count code points, not bytes: continuation bytes are 10xxxxxx.
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80 && !is_ascii_space(ch)) {
            ++text_chars;
            if (link) ++link_chars;
        }
    }
}

void finish_block(block_builder& b, candidates& out, structure_tracker& structure) {
    if (!b.has_owner || b.text_chars == 0) {
        b = block_builder{};
        return;
    }
    const walk_context& o = b.owner;
    candidate c;
    if (o.flags & f_pre) {
        // Keep the lines of code, but no blank line inside one block.
        std::string t;
        for (char ch : b.text) {
            if (ch == '\r') continue;
            if (ch == '\n' && !t.empty() && t.back() == '\n') continue;
            t.push_back(ch);
        }
        while (!t.empty() && is_ascii_space(t.back())) t.pop_back();
        std::size_t s = 0;
        while (s < t.size() && t[s] == '\n') ++s;
        c.text = t.substr(s);
    } else if (b.spans.spans.empty()) {
        c.text = collapse_space(b.text);
    } else {
        c.text = collapse_with_spans(b.text, b.spans.spans);
        c.structure.spans = std::move(b.spans.spans);
    }
    if (c.text.empty()) {
        b = block_builder{};
        return;
    }
    c.kind = kind_of(o.owner_tag, o.flags);
    structure.describe(o.s, o.owner_tag, c.kind, (o.flags & f_pre) != 0, c.structure);
    dom_features& d = c.dom;
    d.known = true;
    d.tag = static_cast<std::uint16_t>(o.owner_tag);
    d.heading_level = static_cast<std::uint8_t>(heading_level(o.owner_tag));
    d.depth = o.owner_depth;
    d.text_chars = b.text_chars;
    d.link_chars = b.link_chars;
    d.in_nav = o.flags & f_nav;
    d.in_aside = o.flags & f_aside;
    d.in_header = o.flags & f_header;
    d.in_footer = o.flags & f_footer;
    d.in_figure = o.flags & f_figure;
    d.in_figcaption = o.flags & f_figcaption;
    d.in_form = o.flags & f_form;
    d.in_button = o.flags & f_button;
    d.in_list = o.flags & f_list;
    d.in_table = o.flags & f_table;
    d.in_pre = o.flags & f_pre;
    d.in_quote = o.flags & f_quote;
    d.in_article = o.flags & f_article;
    d.in_main = o.flags & f_main;
    d.hidden = o.flags & f_hidden;
    d.class_score = o.class_score;
    d.hints = o.hints;
    d.own_hints = o.own_hints;
    d.container = o.owner_node;
    if (out.size() >= link_run_compaction_after && c.kind != block_kind::heading && mostly_links(d) &&
        mostly_links(out.back().dom) && out.back().kind != block_kind::heading) {
        absorb_link_block(out.back(), std::move(c));
        b = block_builder{};
        return;
    }
    out.push_back(std::move(c));
    b = block_builder{};
}

}  // namespace pith::detail
