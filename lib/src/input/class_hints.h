// What an element's class and id say about it: one bit per category
// (navigation, footer, related links, ...), matched by one byte scan of the
// hint words (input/class_hints.cpp), and a
// per-document cache, since a page repeats a few hundred class strings on
// thousands of elements.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pith::detail {

// Class / id hint categories, one bit each (dom_features::hints).
enum hint_bit : std::uint32_t {
    hint_positive = 1u << 0,    // article, body, content, entry, main, post, story, text, ...
    hint_comment = 1u << 1,     // comment, disqus
    hint_nav = 1u << 2,         // nav, menu, breadcrumb, pagination, ...
    hint_footer = 1u << 3,      // footer, copyright, colophon
    hint_header = 1u << 4,      // header, masthead, topbar
    hint_sidebar = 1u << 5,     // sidebar, widget, aside, rail
    hint_share = 1u << 6,       // share, social, follow
    hint_related = 1u << 7,     // related, recommended, read next, most read, ...
    hint_promo = 1u << 8,       // ad, ads, promo, sponsor, banner
    hint_caption = 1u << 9,     // caption, credit, gallery, slider, carousel
    hint_byline = 1u << 10,     // byline, author, meta, date, tags
    hint_cookie = 1u << 11,     // cookie, consent, gdpr
    hint_newsletter = 1u << 12, // newsletter, subscribe, signup
    hint_modal = 1u << 13,      // modal, popup, overlay, dialog
    hint_hidden = 1u << 14,     // hidden, sr-only, visually-hidden, screen-reader-text
    hint_author = 1u << 15,     // author, byline (a subset of hint_byline: author boxes and bios)
    // Beyond the 16 bits the block model reads (html_features.cpp): set by
    // the walk from rules/comments.cpp's vocabulary (whole class / id tokens,
    // schema.org Comment markup), not by class_hints; no feature sees it.
    hint_comment_part = 1u << 16,  // a comment section or one comment
};

// Hint bits of one element's class and id attribute values.
std::uint32_t class_hints(std::string_view class_attr, std::string_view id_attr);

// Hints that count against an element in the walk's class score
// (dom_features::class_score): every negative category.
inline constexpr std::uint32_t hint_score_negative = hint_comment | hint_nav | hint_footer | hint_sidebar |
                                                     hint_share | hint_related | hint_promo | hint_caption |
                                                     hint_byline | hint_cookie | hint_newsletter | hint_modal;

// Hints that stop long prose outside the main region from counting as
// neutral (rules/dom_classify.cpp). Caption and gallery classes are not
// among them: slideshow and gallery articles wrap their prose in such
// elements, and a caption itself is short, which the prose test excludes.
inline constexpr std::uint32_t hint_region_negative = hint_score_negative & ~hint_caption;

// True when a class attribute names a hiding utility class ("sr-only",
// "visually-hidden", "d-none", ...).
bool hidden_class(std::string_view class_attr);

// The hint bits of an id alone: class_hints(cls, id) is
// class_hints(cls, "") | id_hints(id), since no hint word holds the space
// that joins the two and a boundary at that space is a boundary at an end.
std::uint32_t id_hints(std::string_view id_attr);

// class_hints for one document, remembered by class value: a page repeats
// the same few hundred class strings on thousands of elements, and matching
// the hint words costs far more than a hash lookup. An element's id (rarely
// repeated) is matched on its own and its bits added.
class hint_cache {
public:
    std::uint32_t operator()(std::string_view cls, std::string_view id) {
        std::uint32_t bits = 0;
        if (!cls.empty()) {
            auto it = by_class_.find(cls);
            if (it != by_class_.end()) {
                bits = it->second;
            } else {
                bits = class_hints(cls, {});
                by_class_.emplace(std::string(cls), bits);
            }
        }
        if (!id.empty()) bits |= id_hints(id);
        return bits;
    }

private:
    struct hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, hash, std::equal_to<>> by_class_;
};

}  // namespace pith::detail
