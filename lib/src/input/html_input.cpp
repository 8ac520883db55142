// The HTML front end. Three steps, each linear:
//   1. strip_payloads: a byte scan that cuts script / style / svg / noscript /
//      template / comment payloads (45-60 % of a crawled page, and the part
//      that makes Gumbo slow) and bounds element nesting for Gumbo;
//   2. Gumbo parses what is left;
//   3. an iterative walk (explicit stack: page depth is input-controlled)
//      cuts the tree into blocks at block-level elements and <br>, joins
//      inline text with the spacing a browser shows, and records for each
//      block where it sits: owner tag, heading level, list / table / pre /
//      quote / figure / nav / aside / header / footer / form context, class
//      and id hints, link characters, hidden-ness. The joining of inline
//      text and the making of a block from it are in html_blocks.cpp.
#include "input/html_input.h"
#include "input/html_blocks.h"
#include "rules/comments.h"

#include "input/gumbo_arena.h"
#include "input/metadata.h"
#include "input/html_bytes.h"
#include "input/html_structure.h"
#include "text/unicode.h"

#include <gumbo.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

namespace pith::detail {

namespace {

std::string_view attr(const GumboElement& el, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

bool hidden_style(std::string_view style) {
    std::string s;
    for (char c : style)
        if (!is_ascii_space(c)) s.push_back(lower_ascii(c));
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

enum class tag_role : std::uint8_t { inline_, block, skip, line_break };

tag_role role_of(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MAP: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_RP:
        case GUMBO_TAG_TITLE: case GUMBO_TAG_INPUT:
            return tag_role::skip;
        case GUMBO_TAG_BR: case GUMBO_TAG_HR:
            return tag_role::line_break;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_HTML:
        case GUMBO_TAG_FRAMESET: case GUMBO_TAG_UNKNOWN:
            return tag_role::block;
        default:
            return tag_role::inline_;
    }
}

}  // namespace

std::string element_text(const GumboNode* node, element_text_mode mode) {
    // Iterative: a small element's subtree is still input-controlled depth.
    const bool spaced = mode == element_text_mode::spaced;
    std::string out;
    std::vector<const GumboNode*> stack{node};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT && (n == node || role_of(n->v.element.tag) != tag_role::skip)) {
            // A line break or a block inside a credit separates words ("Jane
            // Doe<br>Editor"); the walk's own uses keep the text as it was.
            if (spaced && n != node && role_of(n->v.element.tag) != tag_role::inline_) out += ' ';
            const GumboVector& ch = n->v.element.children;
            for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
        }
    }
    return collapse_space(out);
}

namespace {

// The pre-pass, UTF-8 repair and reference defusing: the markup Gumbo gets.
// Sanitising after the cut touches half the bytes or less.
std::string prepare_markup(std::string_view utf8_html, std::size_t max_depth, std::size_t max_nodes,
                           std::vector<std::string>& jsonld, std::vector<std::string>* warnings) {
    bool flattened = false, capped = false;
    std::string clean = sanitize_text(strip_payloads(utf8_html, jsonld, max_depth, &flattened, max_nodes, &capped));
    defuse_numeric_references(clean);
    if (flattened && warnings)
        warnings->push_back("elements nested deeper than " + std::to_string(max_depth) +
                            " were flattened (their text is kept)");
    if (capped && warnings)
        warnings->push_back("more than " + std::to_string(max_nodes) +
                            " elements: the markup after them was read as text");
    return clean;
}

// <meta property|name="og:title" content=...>, or empty.
std::string og_title_of(const GumboElement& meta) {
    std::string_view prop = attr(meta, "property");
    if (prop.empty()) prop = attr(meta, "name");
    return equals_ci(prop, "og:title") ? collapse_space(attr(meta, "content")) : std::string();
}

// The name of an element Gumbo does not know ("<dialog ...>" gives "dialog").
std::string_view unknown_tag_name(const GumboElement& el) {
    std::string_view name(el.original_tag.data, el.original_tag.length);
    if (name.size() > 1 && name.front() == '<') name.remove_prefix(1);
    std::size_t stop = 0;
    while (stop < name.size() && !is_ascii_space(name[stop]) && name[stop] != '>' && name[stop] != '/') ++stop;
    return name.substr(0, stop);
}

// The context flags an element's tag and ARIA role add.
std::uint32_t landmark_flags(GumboTag tag, const GumboElement& el, std::string_view role_attr) {
    std::uint32_t f = 0;
    switch (tag) {
        case GUMBO_TAG_NAV: f |= f_nav; break;
        case GUMBO_TAG_ASIDE: f |= f_aside; break;
        case GUMBO_TAG_HEADER: f |= f_header; break;
        case GUMBO_TAG_FOOTER: f |= f_footer; break;
        case GUMBO_TAG_FIGURE: f |= f_figure; break;
        case GUMBO_TAG_FIGCAPTION: f |= f_figcaption; break;
        case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: f |= f_form; break;
        case GUMBO_TAG_BUTTON: f |= f_button; break;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_MENU: f |= f_list; break;
        case GUMBO_TAG_TABLE: f |= f_table; break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
            f |= f_pre; break;
        case GUMBO_TAG_BLOCKQUOTE: f |= f_quote; break;
        case GUMBO_TAG_ARTICLE: f |= f_article; break;
        case GUMBO_TAG_MAIN: f |= f_main; break;
        case GUMBO_TAG_A:
            if (gumbo_get_attribute(&el.attributes, "href")) f |= f_link;
            break;
        default: break;
    }
    if (equals_ci(role_attr, "navigation") || equals_ci(role_attr, "menu") || equals_ci(role_attr, "menubar"))
        f |= f_nav;
    else if (equals_ci(role_attr, "main")) f |= f_main;
    else if (equals_ci(role_attr, "banner")) f |= f_header;
    else if (equals_ci(role_attr, "contentinfo")) f |= f_footer;
    else if (equals_ci(role_attr, "complementary")) f |= f_aside;
    else if (equals_ci(role_attr, "button")) f |= f_button;
    else if (equals_ci(role_attr, "search")) f |= f_form;
    return f;
}

// The iterative walk over Gumbo's tree (explicit stack: page depth is
// input-controlled). One instance per document.
class dom_walker {
public:
    dom_walker(html_document& doc, std::string_view page_url, time_budget& time)
        : doc_(doc), time_(time), structure_(page_url) {}

    void walk(const GumboNode* root);
    std::string og_title, first_h1;

private:
    struct frame {
        const GumboNode* node;
        unsigned next = 0;
        walk_context ctx;
        bool block = false;
        int span = -1;           // the builder's span this inline element opened
        std::uint64_t gen = 0;   // ... in the builder of this generation
    };

    void flush_block() {
        finish_block(builder_, doc_.blocks, structure_);
        ++builder_gen_;
    }
    void open_span(const GumboElement& el, frame& f);

    void enter_root(frame& f);
    void read_head(const GumboElement& head);
    void note_head_tag(const GumboElement& el);
    void visit_element(const GumboNode* child, const walk_context& pc);
    void open_block(const GumboNode* child, GumboTag tag, std::uint32_t hints, std::string_view cls,
                    std::string_view role_attr, bool hidden, const walk_context& pc, walk_context& c);

    html_document& doc_;
    time_budget& time_;  // once spent, the walk stops where it is
    std::vector<frame> stack_;
    block_builder builder_;
    std::uint64_t builder_gen_ = 0;
    bool base_seen_ = false;  // counts flushes: a span never closes in a later block
    hint_cache hints_of_;
    structure_tracker structure_;
};

void dom_walker::walk(const GumboNode* root) {
    stack_.push_back(frame{root, 0, walk_context{}, true});
    enter_root(stack_.back());
    for (std::size_t step = 0; !stack_.empty() && !time_.expired_at(step, "walk"); ++step) {
        frame& f = stack_.back();
        const GumboVector& children = f.node->v.element.children;
        if (f.next >= children.length) {
            if (f.block) flush_block();
            else if (f.span >= 0 && f.gen == builder_gen_)
                builder_.spans.close(static_cast<std::size_t>(f.span), builder_.text.size());
            stack_.pop_back();
            continue;
        }
        const GumboNode* child = static_cast<const GumboNode*>(children.data[f.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
            child->type == GUMBO_NODE_CDATA) {
            builder_.add(child->v.text.text, f.ctx);
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
        // visit_element may push a frame: `f` is not used after it.
        const walk_context pc = f.ctx;
        visit_element(child, pc);
    }
    flush_block();
    structure_.finish(doc_.blocks);
}

void dom_walker::enter_root(frame& f) {
    dom_node dn;
    dn.tag = GUMBO_TAG_HTML;
    doc_.nodes.push_back(dn);
    f.ctx.owner_node = 0;
    f.ctx.owner_tag = GUMBO_TAG_HTML;
    doc_.language = collapse_space(attr(f.node->v.element, "lang"));
}

// The head: only the title and meta tags matter.
void dom_walker::read_head(const GumboElement& head) {
    for (unsigned k = 0; k < head.children.length; ++k) {
        const GumboNode* h = static_cast<const GumboNode*>(head.children.data[k]);
        if (h->type != GUMBO_NODE_ELEMENT) continue;
        if (h->v.element.tag == GUMBO_TAG_TITLE && doc_.title_tag.empty()) doc_.title_tag = element_text(h);
        if (h->v.element.tag == GUMBO_TAG_META || h->v.element.tag == GUMBO_TAG_LINK) note_head_tag(h->v.element);
        if (h->v.element.tag == GUMBO_TAG_BASE && !base_seen_) {
            base_seen_ = true;  // the first <base href> is the one browsers use
            structure_.set_base(attr(h->v.element, "href"));
        }
    }
}

// <meta> and <link>, in the head or (as pages do) in the body.
void dom_walker::note_head_tag(const GumboElement& el) {
    if (el.tag == GUMBO_TAG_LINK) {
        note_link(attr(el, "rel"), attr(el, "href"), doc_.page_facts);
        return;
    }
    if (og_title.empty()) og_title = og_title_of(el);
    std::string_view prop = attr(el, "property");
    if (prop.empty()) prop = attr(el, "name");
    note_meta(prop, attr(el, "content"), doc_.page_facts);
}

void dom_walker::visit_element(const GumboNode* child, const walk_context& pc) {
    const GumboElement& el = child->v.element;
    const GumboTag tag = el.tag;
    switch (tag) {
        case GUMBO_TAG_HEAD: read_head(el); return;
        case GUMBO_TAG_TITLE:
            if (doc_.title_tag.empty()) doc_.title_tag = element_text(child);
            return;
        case GUMBO_TAG_META: case GUMBO_TAG_LINK: note_head_tag(el); return;
        case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: ++doc_.page_facts.form_controls; break;
        case GUMBO_TAG_BUTTON: ++doc_.page_facts.form_controls; break;
        case GUMBO_TAG_IMG: {
            std::string alt = collapse_space(attr(el, "alt"));
            if (!alt.empty()) doc_.alt_texts.push_back(std::move(alt));
            return;
        }
        default: break;
    }
    const tag_role role = role_of(tag);
    if (role == tag_role::skip) return;
    if (role == tag_role::line_break) {
        flush_block();
        return;
    }
    const std::string_view unknown_name = tag == GUMBO_TAG_UNKNOWN ? unknown_tag_name(el) : std::string_view();
    walk_context c = pc;
    c.depth = pc.depth + 1;
    const std::string_view cls = attr(el, "class");
    const std::string_view role_attr = attr(el, "role");
    // Classes on <html> and <body> are theme settings for the whole page
    // ("tweak-blog-...-overlay-..."), not hints about any part of it.
    const bool page_level = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML;
    std::uint32_t hints = page_level ? 0 : hints_of_(cls, attr(el, "id"));
    if (!page_level && comment_element(cls, attr(el, "id"), attr(el, "itemtype"), attr(el, "itemprop")))
        hints |= hint_comment_part;
    // aria-hidden is not used: pages put it on collapsed accordions and
    // tabs whose text is part of the content.
    const bool hidden = !page_level && (gumbo_get_attribute(&el.attributes, "hidden") != nullptr ||
                                        hidden_style(attr(el, "style")) || (hints & hint_hidden) != 0 ||
                                        equals_ci(unknown_name, "dialog"));
    if (hidden && role != tag_role::block) return;  // hidden inline text is not shown
    if (equals_ci(role_attr, "dialog") || equals_ci(role_attr, "alertdialog")) hints |= hint_modal;
    c.hints |= hints;
    if (hints & hint_positive) ++c.class_score;
    if (hints & hint_score_negative) --c.class_score;
    if (hidden) c.flags |= f_hidden;
    c.flags |= landmark_flags(tag, el, role_attr);
    structure_.enter(tag, el, (pc.flags & f_pre) != 0, c.s);
    const bool block = role == tag_role::block;
    if (block) open_block(child, tag, hints, cls, role_attr, hidden, pc, c);
    else c.own_hints |= hints;
    stack_.push_back(frame{child, 0, c, block});
    if (!block && !(c.flags & f_pre)) open_span(el, stack_.back());
}

// Inline markup worth keeping in Markdown and HTML output.
void dom_walker::open_span(const GumboElement& el, frame& f) {
    span::type what;
    std::string href;
    switch (el.tag) {
        case GUMBO_TAG_A:
            href = structure_.resolve(attr(el, "href"));
            if (href.empty()) return;  // no target, a link inside the page, or an unsafe scheme
            what = span::type::link;
            break;
        case GUMBO_TAG_EM: case GUMBO_TAG_I: what = span::type::emphasis; break;
        case GUMBO_TAG_STRONG: case GUMBO_TAG_B: what = span::type::strong; break;
        case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT: what = span::type::code; break;
        default: return;
    }
    f.span = static_cast<int>(builder_.spans.open(what, std::move(href)));
    f.gen = builder_gen_;
}

// A block-level element: the text so far is a block, and the element becomes
// a dom_node that owns what follows.
void dom_walker::open_block(const GumboNode* child, GumboTag tag, std::uint32_t hints, std::string_view cls,
                            std::string_view role_attr, bool hidden, const walk_context& pc, walk_context& c) {
    flush_block();
    dom_node dn;
    dn.parent = pc.owner_node;
    dn.tag = static_cast<std::uint16_t>(tag);
    dn.depth = c.depth;
    dn.hints = hints;
    dn.class_hash = fnv1a(cls);
    dn.landmark = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || equals_ci(role_attr, "main");
    c.owner_node = static_cast<int>(doc_.nodes.size());
    doc_.nodes.push_back(dn);
    c.owner_tag = tag;
    c.owner_depth = c.depth;
    c.own_hints = hints;
    if (tag == GUMBO_TAG_H1 && first_h1.empty() && !hidden) first_h1 = element_text(child);
}

}  // namespace

html_document read_html(std::string_view utf8_html, std::size_t max_depth, std::vector<std::string>* warnings,
                        std::size_t max_nodes, std::string_view page_url, time_budget* budget) {
    time_budget none;
    time_budget& time = budget ? *budget : none;
    html_document doc;
    std::vector<std::string> jsonld;
    const std::string clean = prepare_markup(utf8_html, max_depth, max_nodes, jsonld, warnings);
    read_jsonld(jsonld, doc.jsonld_body, doc.jsonld_headline, &doc.page_facts.jsonld_types);
    if (time.expired("pre-pass")) return doc;

    gumbo_arena arena;  // owns the tree: no gumbo_destroy_output
    GumboOptions options = arena.options();
    options.max_errors = 0;  // errors are not used; recording them costs time and memory
    const GumboOutput* parsed = gumbo_parse_with_options(&options, clean.data(), clean.size());
    if (!parsed) return doc;
    doc.meta = read_metadata(parsed, jsonld);
    if (time.expired("parse")) return doc;

    dom_walker walker(doc, page_url, time);
    walker.walk(parsed->root);
    if (!walker.og_title.empty()) doc.title = walker.og_title;
    else if (!walker.first_h1.empty()) doc.title = walker.first_h1;
    else if (!doc.jsonld_headline.empty()) doc.title = doc.jsonld_headline;
    else doc.title = doc.title_tag;
    return doc;
}

}  // namespace pith::detail
