// Markers: lines that are user-interface debris rather than prose. A block is
// a marker when its whole loose key (case-folded words, punctuation gone) is
// one of the phrases below, or when it is short and starts with one of the
// prefix phrases. Adding a language is adding rows.
#include "rules/rules.h"

#include <iterator>
#include <string_view>
#include <unordered_set>

namespace pith::detail {

namespace {

// A whole-line marker is at most this many words; a prefix marker at most
// prefix_marker_max_words and unpunctuated (a label and a linked headline).
constexpr int whole_marker_max_words = 6;
constexpr int prefix_marker_max_words = 12;

// Whole-line markers, as loose keys.
constexpr std::string_view whole_markers[] = {
    // English
    "slide me", "advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
    "scroll down for video", "scroll down for more", "scroll to continue", "share this article",
    "share this", "share this story", "share this post", "share", "shares", "related articles",
    "related stories", "related posts", "related", "read more", "read more here", "continue reading",
    "click here", "click to expand", "sign up", "follow us", "more", "see more", "show more",
    "load more", "view more", "view all", "see all", "back to top", "top", "skip to content",
    "skip to main content", "skip to navigation", "jump to content", "loading", "please wait",
    "print", "email", "e mail", "tweet", "pin it", "pin", "whatsapp", "copy link", "link copied",
    "comments", "comment", "leave a comment", "reply", "previous", "next", "previous article",
    "next article", "previous post", "next post", "close", "menu", "toggle navigation", "open menu",
    "close menu", "search", "watch", "watch video", "play video", "video", "audio", "listen",
    "listen to this article", "expand", "collapse", "most read", "most popular", "trending",
    "trending now", "recommended", "you may also like", "you might also like", "also read",
    "editor s picks", "image", "photo", "gallery", "view gallery", "enlarge", "zoom",
    // German, French, Spanish, Italian, Portuguese, Dutch
    "anzeige", "werbung", "weiterlesen", "mehr lesen", "mehr", "teilen", "artikel teilen",
    "zum inhalt springen", "publicité", "lire la suite", "partager", "lire aussi", "publicidad",
    "leer más", "compartir", "pubblicità", "continua a leggere", "condividi", "leia mais",
    "publicidade", "compartilhar", "lees meer", "advertentie", "delen", "weitere informationen",
    "weitere infos", "zum weiterlesen", "nächster beitrag", "der nächste beitrag", "vorheriger beitrag",
    "der vorherige beitrag", "teilen sie dies mit", "diesen artikel teilen", "pour lire la suite",
    "article suivant", "article précédent", "lea más", "le puede interesar", "te puede interesar",
    "también te puede interesar", "noticias relacionadas", "articoli correlati", "potrebbe interessarti",
    "leia também", "notícias relacionadas", "gerelateerde artikelen",
    // Russian, Polish, Chinese, Japanese
    "реклама", "читать далее", "поделиться", "читайте также", "reklama", "czytaj więcej", "czytaj także",
    "dowiedz się więcej", "udostępnij", "广告",
    "阅读更多", "分享", "広告", "続きを読む", "シェア",
};

// Short unpunctuated blocks (a dozen words at most: a label and a linked
// headline) starting with these are markers too.
constexpr std::string_view prefix_markers[] = {
    "scroll down for", "share on", "share via", "follow us on", "like us on", "click here to",
    "tap here to", "read more about", "read more on", "see also", "related article", "related story",
    "advertisement ", "sponsored by", "watch the video", "watch now", "sign up for", "sign up to",
    "download the app", "get the app", "open in app", "listen to this",
    "read also", "also read", "read next", "more on this", "more about", "lesen sie auch", "auch interessant",
    "mehr zum thema", "das könnte sie auch interessieren", "lire aussi", "à lire aussi", "voir aussi",
    "leer también", "lee también", "leggi anche", "ver também", "leia também", "lees ook",
    "lea más", "lea también", "le puede interesar", "te puede interesar", "weitere beiträge",
    "weitere artikel", "zum weiterlesen", "das könnte dich auch interessieren", "passend zum thema",
    "mehr dazu", "pour lire la suite", "à lire également", "lire également", "читайте также",
    "czytaj także", "czytaj też", "zobacz także", "dowiedz się więcej",
};

bool is_whole_marker(std::string_view loose) {
    static const std::unordered_set<std::string_view> set(std::begin(whole_markers), std::end(whole_markers));
    return set.count(loose) != 0;
}

}  // namespace

void mark_markers(candidates& blocks) {
    for (candidate& c : blocks) {
        if (c.decided) continue;
        if (c.loose.empty()) {
            // Nothing but symbols and punctuation: decorations, separators.
            c.drop(reason::marker, "no words");
            continue;
        }
        if (c.stats.words <= whole_marker_max_words && is_whole_marker(c.loose)) {
            c.drop(reason::marker, "marker line \"" + c.loose + "\"");
            continue;
        }
        if (c.stats.words <= prefix_marker_max_words && !c.stats.final_punct) {
            for (std::string_view p : prefix_markers) {
                if (c.loose.compare(0, p.size(), p) == 0) {
                    c.drop(reason::marker, "marker prefix \"" + std::string(p) + "\"");
                    break;
                }
            }
        }
    }
}

}  // namespace pith::detail
