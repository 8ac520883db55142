// Main content from the DOM, in four steps:
//   1. context: blocks whose place in the page says what they are (hidden,
//      cookie banners, dialogs, menus, buttons) are dropped outright;
//   2. region: every block votes for the elements above it, prose for,
//      link lists and chrome against (Readability's container scoring, with
//      Boilerpipe's link density); the element with the highest sum is the
//      main region. A sum, not a best paragraph: a forum thread, a listing
//      or a product page keeps all its parts, because each of them votes;
//   3. blocks: inside the region, blocks under a negative landmark or class
//      (nav, aside, footer, share, related, comment, ...) below the region's
//      root are dropped, and so are link-dense runs (jusText's context
//      smoothing: a short block takes the class of its neighbours); outside
//      it, only long prose in neutral surroundings survives;
//   4. fallback: when the region holds too little of the page's prose, the
//      region widens to its parent until it does.
#include "rules/dom_classify.h"

#include "text/regex.h"

#include <gumbo.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <unordered_set>

namespace pith::detail {

namespace {

// Below this many kept words (and a quarter of the page), the region was a
// wrong guess and the whole page is judged instead.
constexpr int fallback_min_words = 60;
// ... "a quarter": the region's kept words times this below the page's.
constexpr int fallback_page_share_inverse = 4;
// The whole page replaces the region only when it keeps at least this many
// words ...
constexpr int fallback_whole_min_words = 20;
// ... and this many times the region's kept words: a scrap is no better.
constexpr int fallback_whole_over_region = 2;
// The region widens until it holds this many tenths of the page's
// undecided prose words.
constexpr int region_prose_tenths = 7;

// A class or landmark on an element holding more than this share of the
// region's prose ...
constexpr double path_wrapper_share = 0.4;
// ... and more than this much of it (votes for, in characters) is a wrapper
// of the article, not a sidebar: its hints do not count.
constexpr double path_wrapper_min_good = 400;

// Votes: a block of at least this many words that ends a sentence is prose
// and votes for its region in full ...
constexpr int vote_prose_min_words = 10;
// ... one of at least this many words (a linked teaser) votes for it weakly ...
constexpr int vote_teaser_min_words = 6;
// ... and a shorter one with more than this link density is a menu entry
// and votes against with all its characters.
constexpr double vote_menu_link_density = 0.5;

// prose(): at least this many words ...
constexpr int prose_min_words = 12;
// ... with less than this link density (and a sentence end).
constexpr double prose_max_link_density = 0.35;

// A slide counter ("3 of 12") has at most this many words.
constexpr int slide_counter_max_words = 3;
// A heading of at least this many words that starts <title> names the page.
constexpr int title_prefix_min_words = 2;

// Outside the region, prose of at least this many words in neutral
// surroundings survives.
constexpr int outside_prose_min_words = 30;
// Comments are aside (dropped) when their words times this are below the
// region's prose words: comments under an article, not a thread.
constexpr int comments_aside_inverse = 2;
// A caption-class block without a sentence end is a caption below this many
// words.
constexpr int caption_max_words = 25;
// A figure's text equal to an image's alt text is a caption from this many
// words on (shorter ones match by chance).
constexpr int alt_caption_min_words = 3;
// A byline-class block without a sentence end is a byline up to this many
// words ...
constexpr int byline_max_words = 12;
// ... and anything in an author box is below this many.
constexpr int author_box_max_words = 80;
// Inside the region, a block with more than this link density and fewer
// than this many words is link text.
constexpr double link_text_min_density = 0.7;
constexpr int link_text_max_words = 12;
// A paragraph between two prose blocks with more than this link density and
// fewer than this many words is a "Read also" link.
constexpr double link_paragraph_min_density = 0.85;
constexpr int link_paragraph_max_words = 30;
// Context smoothing looks at paragraphs of at most this many words.
constexpr int smoothing_max_words = 12;

// What the path from `node` up to (not including) `stop` says, as hint bits
// and landmark flags.
struct path_info {
    std::uint32_t hints = 0;
    bool nav = false, aside = false, footer = false, header = false, form = false;
};

// A class or landmark speaks only for an element that is a minor part of the
// region: page builders put "widget" or "sidebar" on the wrapper of the whole
// article ("content-sidebar-wrap"), and a wrapper holding most of the
// region's prose is not a sidebar whatever it is called.
path_info path_between(const std::vector<dom_node>& nodes, const std::vector<double>& good, int node, int stop) {
    path_info p;
    const double limit = stop >= 0 ? path_wrapper_share * good[static_cast<std::size_t>(stop)] : 1e300;
    for (int k = node; k >= 0 && k != stop; k = nodes[static_cast<std::size_t>(k)].parent) {
        const dom_node& n = nodes[static_cast<std::size_t>(k)];
        const double held = good[static_cast<std::size_t>(k)];
        if (held > limit && held > path_wrapper_min_good) continue;
        p.hints |= n.hints;
        switch (static_cast<GumboTag>(n.tag)) {
            case GUMBO_TAG_NAV: p.nav = true; break;
            case GUMBO_TAG_ASIDE: p.aside = true; break;
            case GUMBO_TAG_FOOTER: p.footer = true; break;
            case GUMBO_TAG_HEADER: p.header = true; break;
            case GUMBO_TAG_FORM: p.form = true; break;
            default: break;
        }
    }
    return p;
}

// The vote of one block for the elements above it. Menus are runs of
// short links; a linked headline or teaser of a listing is a link too, but
// a long one, and votes for its region (weakly).
double vote(const candidate& c) {
    if (c.decided) return c.kept ? 0.0 : -0.25 * c.dom.text_chars;
    // Hidden text is kept when it lies in the region (tabs, accordions) but
    // does not choose the region: hidden dialogs hold whole privacy policies.
    if (c.dom.hidden) return 0.0;
    const double t = c.dom.text_chars;
    const double ld = link_density(c);
    const int w = c.stats.words;
    if (w >= vote_prose_min_words && (c.stats.final_punct || c.stats.sentence_ends >= 1))
        return t * (1.5 - ld);
    if (w >= vote_teaser_min_words) return t * (0.8 - 0.5 * ld);
    if (ld > vote_menu_link_density) return -t;
    return -0.2 * t;
}

// "3 of 12", "3 / 12": a gallery's position display.
const regex slide_counter_re{"dom_classify.slide_counter",
                             R"(^\s*\d{1,3}\s*(?:/|of|von|de|sur|di|van|из|z)\s*\d{1,3}\s*$)"};

bool slide_counter(const candidate& c) {
    return c.stats.words <= slide_counter_max_words && RE2::FullMatch(c.text, slide_counter_re);
}

void decide_by_context(candidate& c, const path_info& p) {
    const dom_features& d = c.dom;
    // Hidden elements are not dropped for being hidden: pages hide the
    // content of tabs, accordions and "read more" folds that way, and the
    // dev set counts that text as content (measured: F1 0.910 -> 0.916 on
    // articles, 0.569 -> 0.602 on products).
    if (run_on_text(c)) {
        c.drop(reason::boilerplate, "thousands of words without a sentence end");
    } else if (p.hints & hint_cookie) {
        c.drop(reason::cookie_notice, "inside a cookie / consent element");
    } else if (p.hints & hint_modal) {
        c.drop(reason::boilerplate, "inside a dialog or popup");
    } else if (d.in_button) {
        c.drop(reason::marker, "button label");
    }
}

int find_title(candidates& blocks, const html_document& doc) {
    std::unordered_set<std::string> titles;
    for (const std::string* t : {&doc.title, &doc.jsonld_headline, &doc.title_tag})
        if (!t->empty()) titles.insert(loose_key(*t));
    std::string tag_title = loose_key(doc.title_tag);
    // The first h1 is the headline; else the first heading whose words are
    // the page title's (or the start of <title>, which appends the site).
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        candidate& c = blocks[i];
        if (c.decided || c.kind != block_kind::heading || c.loose.empty()) continue;
        bool named = titles.count(c.loose) != 0 || (c.stats.words >= title_prefix_min_words &&
                                                    tag_title.compare(0, c.loose.size(), c.loose) == 0);
        if (c.dom.heading_level == 1 || named) {
            if (!named && c.dom.heading_level == 1 && !titles.empty()) {
                // An h1 that is not the page's title (a logo, a section name)
                // is only the headline when no heading is.
                bool other = false;
                for (std::size_t k = i + 1; k < blocks.size() && !other; ++k)
                    other = blocks[k].kind == block_kind::heading && titles.count(blocks[k].loose) != 0;
                if (other) continue;
            }
            c.drop(reason::title, "the page's headline");
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Step 3 for one region: decides the blocks the region and their place in
// it rule out; returns the words left undecided. `whole_page` is the
// fallback: no link-density cut (a category page is links), but the page
// header goes.
int judge_blocks(candidates& blocks, const std::vector<dom_node>& nodes, const std::vector<double>& good,
                 int region, const std::unordered_set<std::string>& alts, bool whole_page) {
    const std::size_t n = blocks.size();
    std::vector<path_info> paths(n);
    std::vector<char> inside_region(n, 0);
    // Comments under an article are not its content; a thread of them (a
    // forum, a Q&A page) is. Which one this is: the share of the region's
    // prose that sits in comment elements.
    int prose_words = 0, comment_words = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const candidate& c = blocks[i];
        if (c.decided) continue;
        inside_region[i] = is_inside(nodes, c.dom.container, region);
        paths[i] = path_between(nodes, good, c.dom.container, inside_region[i] ? region : -1);
        if (inside_region[i] && prose(c)) {
            prose_words += c.stats.words;
            if (paths[i].hints & hint_comment) comment_words += c.stats.words;
        }
    }
    const bool comments_are_aside = comment_words * comments_aside_inverse < prose_words;
    for (std::size_t i = 0; i < n; ++i) {
        candidate& c = blocks[i];
        if (c.decided) continue;
        const bool inside = inside_region[i];
        const path_info& p = paths[i];
        if (!inside) {
            bool neutral = !(p.hints & hint_region_negative) && !p.nav && !p.aside && !p.footer;
            if (neutral && prose(c) && c.stats.words >= outside_prose_min_words) {
                c.note("long prose outside the main region");
                continue;
            }
            c.drop(p.nav ? reason::navigation : reason::boilerplate, "outside the main region");
            continue;
        }
        if (p.nav || (p.hints & hint_nav)) {
            c.drop(reason::navigation, "inside navigation");
        } else if (p.footer || (p.hints & hint_footer)) {
            c.drop(reason::boilerplate, "inside a footer");
        } else if (p.aside || (p.hints & hint_sidebar)) {
            c.drop(reason::boilerplate, "inside a sidebar");
        } else if (p.hints & hint_share) {
            c.drop(reason::social, "inside a share / social element");
        } else if (p.hints & hint_newsletter) {
            c.drop(reason::appeal, "inside a newsletter / subscription box");
        } else if (p.hints & (hint_related | hint_promo)) {
            c.drop(reason::boilerplate, "inside a related / promotional element");
        } else if ((p.hints & hint_comment) && (!prose(c) || comments_are_aside)) {
            c.drop(reason::boilerplate, prose(c) ? "a reader comment below the content" : "comment chrome");
        } else if (slide_counter(c)) {
            c.drop(reason::marker, "slide counter");
        } else if ((p.hints & hint_caption) && !c.stats.final_punct && c.stats.words < caption_max_words) {
            c.drop(reason::caption, "inside a caption / gallery element");
        } else if (c.dom.in_figure && c.stats.words >= alt_caption_min_words && alts.count(c.loose) != 0 &&
                   !prose(c)) {
            c.drop(reason::caption, "the text of an image's alt attribute");
        } else if ((p.hints & hint_byline) && c.stats.words <= byline_max_words && !c.stats.final_punct) {
            c.drop(reason::byline, "author / date / tag line");
        } else if ((p.hints & hint_author) && c.stats.words < author_box_max_words) {
            c.drop(reason::byline, "inside an author / meta box");
        } else if (p.form && !prose(c)) {
            c.drop(reason::boilerplate, "form text");
        } else if (whole_page && p.header) {
            c.drop(reason::boilerplate, "inside the page header");
        } else if (!whole_page && link_density(c) > link_text_min_density &&
                   c.stats.words < link_text_max_words) {
            c.drop(reason::navigation, "link text");
        } else if (!whole_page && c.kind == block_kind::paragraph &&
                   link_density(c) > link_paragraph_min_density && c.stats.words < link_paragraph_max_words &&
                   i > 0 && i + 1 < n && prose(blocks[i - 1]) && prose(blocks[i + 1])) {
            // "Read also: <a>another story</a>" inside the body.
            c.drop(reason::navigation, "a paragraph that is a link");
        }
    }
    int kept = 0;
    for (const candidate& c : blocks)
        if (!c.decided) kept += c.stats.words;
    return kept;
}

}  // namespace

double link_density(const candidate& c) {
    return c.dom.text_chars > 0 ? static_cast<double>(c.dom.link_chars) / c.dom.text_chars : 0.0;
}

bool prose(const candidate& c) {
    return c.stats.words >= prose_min_words && link_density(c) < prose_max_link_density &&
           (c.stats.final_punct || c.stats.sentence_ends >= 1);
}

bool run_on_text(const candidate& c) {
    // Ten times a long paragraph (a 200-word paragraph is long; the longest
    // block of a crawled page without a sentence end is a list or a table
    // flattened into a few hundred words). Code keeps its own punctuation.
    static constexpr int run_on_min_words = 2000;
    return c.stats.words >= run_on_min_words && c.stats.sentence_ends == 0 && !c.stats.final_punct &&
           c.kind != block_kind::preformatted;
}

bool is_inside(const std::vector<dom_node>& nodes, int node, int ancestor) {
    for (int k = node; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent)
        if (k == ancestor) return true;
    return false;
}

html_verdict classify_html(candidates& blocks, const html_document& doc) {
    const std::vector<dom_node>& nodes = doc.nodes;
    const std::size_t n = blocks.size();
    html_verdict verdict;
    if (n == 0 || nodes.empty()) return verdict;

    // Sums of votes up the tree; parents precede children in `nodes`, so one
    // backward pass carries them to the root. `good` counts only the votes
    // for: how much prose an element holds.
    std::vector<double> sum(nodes.size(), 0.0), good(nodes.size(), 0.0);
    const auto tally = [&] {
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(good.begin(), good.end(), 0.0);
        for (const candidate& c : blocks) {
            if (c.dom.container < 0) continue;
            double v = vote(c);
            sum[static_cast<std::size_t>(c.dom.container)] += v;
            good[static_cast<std::size_t>(c.dom.container)] += std::max(v, 0.0);
        }
        for (std::size_t k = nodes.size(); k-- > 1;) {
            if (nodes[k].parent < 0) continue;
            sum[static_cast<std::size_t>(nodes[k].parent)] += sum[k];
            good[static_cast<std::size_t>(nodes[k].parent)] += good[k];
        }
    };

    // 1. Context.
    tally();
    for (candidate& c : blocks)
        if (!c.decided) decide_by_context(c, path_between(nodes, good, c.dom.container, 0));

    // 2. Region.
    tally();
    int region = 0;
    for (std::size_t k = 0; k < nodes.size(); ++k)
        if (sum[k] >= sum[static_cast<std::size_t>(region)] && sum[k] > 0) region = static_cast<int>(k);

    // 4 (before 3, which depends on it). Widen while the region misses
    // most of the page's undecided prose.
    int prose_total = 0;
    for (const candidate& c : blocks)
        if (!c.decided && prose(c)) prose_total += c.stats.words;
    for (;;) {
        int inside = 0;
        for (const candidate& c : blocks)
            if (!c.decided && prose(c) && is_inside(nodes, c.dom.container, region)) inside += c.stats.words;
        const bool holds_enough = inside * 10 >= prose_total * region_prose_tenths;
        if (holds_enough || nodes[static_cast<std::size_t>(region)].parent < 0) break;
        region = nodes[static_cast<std::size_t>(region)].parent;
    }

    // 3. Blocks; 4. when that keeps next to nothing (a category page, a
    // shop grid: no prose anywhere to vote), the whole page is the region
    // and only landmarks and classes speak.
    std::unordered_set<std::string> alts;
    for (const std::string& a : doc.alt_texts) alts.insert(loose_key(a));
    candidates before = blocks;
    int kept = judge_blocks(blocks, nodes, good, region, alts, false);
    int total = 0;
    for (const candidate& c : before)
        if (!c.decided) total += c.stats.words;
    if (kept < fallback_min_words && kept * fallback_page_share_inverse < total && region != 0) {
        candidates region_result = std::move(blocks);
        blocks = std::move(before);
        int whole = judge_blocks(blocks, nodes, good, 0, alts, true);
        // A scrap is no better than what the region gave.
        if (whole < fallback_whole_min_words || whole < fallback_whole_over_region * kept) {
            blocks = std::move(region_result);
        } else {
            region = 0;
            verdict.whole_page = true;
        }
    }
    verdict.region = region;
    verdict.title = find_title(blocks, doc);
    return verdict;
}

namespace {

bool live(const candidate& c) { return !c.decided || c.kept; }

bool chrome_dropped(const candidate& c) {
    if (!c.decided || c.kept) return false;
    switch (c.why) {
        case reason::navigation: case reason::boilerplate: case reason::social: case reason::cookie_notice:
        case reason::legal: case reason::appeal: case reason::byline: case reason::marker:
            return true;
        default:
            return false;
    }
}

}  // namespace

void drop_empty_sections(candidates& blocks) {
    // A heading whose section lost all its blocks heads nothing that is
    // kept: "Most read", "You may also like", "Comments".
    const std::size_t n = blocks.size();
    for (std::size_t i = 0; i < n; ++i) {
        candidate& h = blocks[i];
        if ((h.decided && !h.kept) || h.kind != block_kind::heading) continue;
        bool heads_something = false;
        for (std::size_t k = i + 1; k < n; ++k) {
            const candidate& c = blocks[k];
            if (c.kind == block_kind::heading && (c.dom.heading_level <= h.dom.heading_level || live(c))) {
                heads_something = live(c) && c.dom.heading_level > h.dom.heading_level;
                break;
            }
            if (live(c)) {
                heads_something = true;
                break;
            }
        }
        if (!heads_something) h.drop(reason::boilerplate, "heading of a section with nothing kept");
    }
}

void keep_undecided(candidates& blocks) {
    // Context smoothing (jusText): a short block between two blocks of
    // chrome is chrome ("Seite teilen", "Posted in News | Permalink"), and
    // so is a label ending in a colon that introduces chrome ("Read also:").
    const std::size_t count = blocks.size();
    for (std::size_t i = 0; i < count; ++i) {
        candidate& c = blocks[i];
        if (c.decided || c.kind != block_kind::paragraph || !c.dom.known) continue;
        if (c.stats.words > smoothing_max_words) continue;
        const bool next_chrome = i + 1 < count && chrome_dropped(blocks[i + 1]);
        if (next_chrome && i > 0 && chrome_dropped(blocks[i - 1]) && !c.stats.final_punct) {
            c.drop(reason::boilerplate, "short block between boilerplate blocks");
        } else if (next_chrome && c.stats.ends_colon) {
            c.drop(reason::boilerplate, "label introducing boilerplate");
        }
    }

    drop_empty_sections(blocks);
    for (candidate& c : blocks)
        if (!c.decided) c.keep(std::move(c.detail));
}

}  // namespace pith::detail
