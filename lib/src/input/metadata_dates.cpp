// The publication date from the decided blocks, where the markup gave none
// (or gave only a save stamp): the date line by the headline, a byline's, a
// labelled line's; and the date-line vocabularies (update and publication
// labels, the regions that write numeric dates day first).
#include "input/dates.h"
#include "input/html_bytes.h"
#include "input/metadata.h"
#include "text/fold.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace pith::detail {

namespace {

// A short block this close to the headline may hold the publication date.
constexpr int date_blocks_before_title = 3;
constexpr int date_blocks_after_title = 8;
constexpr std::size_t max_date_line_words = 25;
// Byline blocks this far below the headline may still give the date.
constexpr int byline_date_reach = 40;
// A block that is only a date has at most this many words ("April 8, 2024",
// "Tue, 8 Apr 2024 10:00").
constexpr std::size_t max_bare_date_words = 6;
// The body's first lines this many, kept blocks only, may hold a date line.
constexpr int body_date_lines = 10;
// A date line starting with these (folded) words gives the modification date.
constexpr std::string_view update_prefixes[] = {
    "updated", "last updated", "last modified", "modified", "edited", "last edited", "revised", "aktualisiert",
    "zuletzt aktualisiert", "mis à jour", "mise à jour", "actualizado", "atualizado", "aggiornato",
    "bijgewerkt", "uppdaterad", "обновлено", "zaktualizowano", "aktualizováno",
};

// A short line starting with these (folded) words states the publication
// date wherever it stands ("Posted on April 13, 2023", "Published On: 15
// August 2025"); update_prefixes are checked first.
constexpr std::string_view publication_prefixes[] = {
    "published", "posted", "first published", "date published", "publication date", "publish date",
    "veröffentlicht", "publié", "publicado", "pubblicato", "gepubliceerd", "publicerad", "opublikowano",
};

// The words of <meta> names that declare a publication date
// (publication_date_name): a word of the first list and one of
// `date_name_words`, or one word of `publish_date_names`; none of
// `update_name_words`.
constexpr std::string_view publish_name_words[] = {"publish", "published", "publication", "pub", "first", "release"};
constexpr std::string_view update_name_words[] = {"modified", "updated", "update", "lastmodified", "revised", "last"};
constexpr std::string_view date_name_words[] = {"date", "time", "at", "datetime", "on"};
constexpr std::string_view publish_date_names[] = {"pubdate", "publishdate", "publisheddate", "publishtime",
                                                   "publicationdate", "publishedtime", "publishedat"};

// A date line starting with these (folded) words dates something other
// than the page: a poster's registration, a deadline, an expiry.
constexpr std::string_view other_date_prefixes[] = {
    "registered", "joined", "join date", "member since", "last seen", "last active", "last visit", "born",
    "date of birth", "expires", "expiry", "valid until", "deadline", "closing date", "registriert",
    "mitglied seit", "dabei seit", "inscrit", "inscrit le", "membre depuis", "registrado", "miembro desde",
};

// Regions where numeric dates are read day first although the language is English.
constexpr std::string_view day_first_english[] = {"GB", "AU", "NZ", "IE", "IN", "ZA"};

}  // namespace

namespace {

// The two tests on a folded key: blocks carry theirs (candidate::loose), so
// the loops over blocks below do not fold every short block again.
bool update_key(std::string_view key) {
    for (std::string_view p : update_prefixes)
        if (key.starts_with(p)) return true;
    return false;
}

bool other_date_key(std::string_view key) {
    for (std::string_view p : other_date_prefixes)
        if (key.starts_with(p) && (key.size() == p.size() || key[p.size()] == ' ')) return true;
    return false;
}

bool update_line(const candidate& c) { return update_key(c.loose); }

}  // namespace

bool update_line(std::string_view text) { return update_key(loose_key(text)); }

bool other_date_line(std::string_view text) { return other_date_key(loose_key(text)); }

bool numeric_month_first(std::string_view lang) {
    if (!lang.empty() && lang.substr(0, 2) != "en") return false;
    for (std::string_view region : day_first_english)
        if (lang.size() == 5 && lang.substr(3) == region) return false;
    return true;
}

bool publication_date_name(std::string_view name) {
    const auto in = [](std::string_view w, std::span<const std::string_view> list) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    bool publish = false, update = false, date = false;
    std::size_t i = 0, words = 0;
    std::string w;
    while (i < name.size()) {
        const std::size_t j = std::min(name.find_first_of(".:_- ", i), name.size());
        w = to_lower_ascii(name.substr(i, j - i));
        i = j + 1;
        ++words;
        if (in(w, publish_date_names)) publish = date = true;
        publish = publish || in(w, publish_name_words);
        update = update || in(w, update_name_words);
        date = date || in(w, date_name_words);
    }
    // A vendor's own "date" ("ms.date", "cludo:date") is the page's date;
    // "event_date", "expiry-date" are other dates.
    const char sep = name.size() > 4 ? name[name.size() - 5] : ' ';
    if (words == 2 && w == "date" && (sep == '.' || sep == ':')) publish = true;
    return publish && date && !update;
}

namespace {

// Where the headline stands: the title block, else the first <h1> block,
// else the block that reads as the metadata title, else the first kept
// heading, else the top.
int headline_block(const candidates& blocks, int title_block, std::string_view title) {
    if (title_block >= 0) return title_block;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].dom.known && blocks[i].dom.heading_level == 1) return static_cast<int>(i);
    const std::string key = loose_key(title);
    for (std::size_t i = 0; !key.empty() && i < blocks.size(); ++i)
        if (blocks[i].loose == key) return static_cast<int>(i);
    // A page without a marked headline: its story starts at the first kept
    // heading (the reworded headline), where the byline and date follow.
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].kept && blocks[i].kind == block_kind::heading) return static_cast<int>(i);
    return 0;
}


// A block short enough to be a date line, and not one that dates something
// else ("Registered: 2024-01-27").
bool date_line(const candidate& c) {
    return static_cast<std::size_t>(c.stats.words) <= max_date_line_words && !other_date_key(c.loose);
}

// The date a short line next to the headline shows, and whether the line
// calls it an update ("Updated May 6, 2025").
struct shown_date {
    std::string date;
    bool update = false;
};

shown_date headline_date(const candidates& blocks, int anchor, bool month_first) {
    const int n = static_cast<int>(blocks.size());
    for (int i = std::max(0, anchor - date_blocks_before_title); i < std::min(n, anchor + date_blocks_after_title + 1);
         ++i) {
        const candidate& c = blocks[static_cast<std::size_t>(i)];
        // A date in the headline is its topic's ("2024.4.4 -> 2024.5.0 issue").
        if (i == anchor || !date_line(c)) continue;
        std::string d = find_text_date(c.text, month_first);
        if (!d.empty()) return {std::move(d), update_line(c)};
    }
    return {};
}

// Failing that: a date in a byline block below the headline, else in a
// short line among the first lines of the body; "Updated" lines only when
// `updates` (and then only those).
std::string later_text_date(const candidates& blocks, int anchor, bool month_first, bool updates) {
    const int n = static_cast<int>(blocks.size());
    for (int i = 0; i < std::min(n, anchor + byline_date_reach); ++i) {
        const candidate& c = blocks[static_cast<std::size_t>(i)];
        if (c.why != reason::byline || !date_line(c) || update_line(c) != updates) continue;
        std::string d = find_text_date(c.text, month_first);
        if (!d.empty()) return d;
    }
    int body_lines = 0;
    for (const candidate& c : blocks) {
        if (!c.kept) continue;
        if (++body_lines > body_date_lines) break;
        if (!date_line(c) || update_line(c) != updates) continue;
        std::string d = find_text_date(c.text, month_first);
        if (!d.empty()) return d;
    }
    return {};
}

// Failing those: the first short line anywhere that calls its date the
// publication date.
// With `updates`, the first "Updated ..." line instead.
// A label alone in its block ("Published") labels the next block's date.
std::string labelled_date(const candidates& blocks, bool month_first, bool updates) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const candidate& c = blocks[i];
        if (!date_line(c) || update_line(c) != updates) continue;
        const std::string_view key = c.loose;
        std::string_view label;
        for (std::string_view p : publication_prefixes)
            if (key.rfind(p, 0) == 0 && (key.size() == p.size() || key[p.size()] == ' ')) label = p;
        if (!updates && label.empty()) continue;
        std::string d = find_text_date(c.text, month_first);
        if (d.empty() && !updates && key.size() == label.size() && i + 1 < blocks.size() &&
            static_cast<std::size_t>(blocks[i + 1].stats.words) <= max_date_line_words)
            d = find_text_date(blocks[i + 1].text, month_first);
        if (!d.empty()) return d;
    }
    return {};
}

// Failing all those: a credit line ("Written by Jane Doe") followed by a
// block that is only a date, the author box's date below or beside it.
std::string credited_date(const candidates& blocks, bool month_first) {
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        const candidate& next = blocks[i + 1];
        if (leading_credit(blocks[i].text).empty() || static_cast<std::size_t>(next.stats.words) > max_bare_date_words ||
            !date_line(next) || update_line(next))
            continue;
        std::string d = find_text_date(next.text, month_first);
        if (!d.empty()) return d;
    }
    return {};
}

// A date read from a numeric line whose day and month could swap
// ("03/10/2023", taken month first from an English page) is read the other
// way when another short block writes that other reading unambiguously ("3
// October 2023", a teaser of the same post): the page's own usage outweighs
// the guess from its language tag. `date` is "YYYY-MM-DD".
std::string settle_day_month(const candidates& blocks, const std::string& date, bool month_first) {
    std::string other;
    for (const candidate& c : blocks) {
        if (static_cast<std::size_t>(c.stats.words) > max_date_line_words) continue;
        if (find_text_date(c.text, month_first) != date) continue;
        const std::string swapped = find_text_date(c.text, !month_first);
        if (swapped != date) other = swapped;
        if (!other.empty()) break;
    }
    if (other.empty()) return date;
    for (const candidate& c : blocks) {
        if (static_cast<std::size_t>(c.stats.words) > max_date_line_words) continue;
        if (find_text_date(c.text, month_first) == other && find_text_date(c.text, !month_first) == other) return other;
    }
    return date;
}

// Dates the markup did not give: the URL's, then the one shown next to the
// headline (an "Updated" line there is the modification date), then other
// lines. A page that shows only an update date gets it as its date, as
// htmldate and trafilatura do by default: it is the only date a reader sees.
// Letting the shown date overrule the markup's was tried and scored lower
// on wcxb-dev (0.838 against 0.840).
void fill_dates(pith::metadata& meta, const candidates& blocks, int anchor, bool month_first) {
    if (meta.date_published.empty()) meta.date_published = url_date(meta.canonical_url);
    shown_date near = headline_date(blocks, anchor, month_first);
    if (!near.date.empty() && near.update && meta.date_modified.empty()) meta.date_modified = near.date;
    // Markup whose publication date is its modification date, or later than
    // it (published after its last change: not a publication date), states
    // when the page was last saved; an earlier date shown by the headline is
    // the publication's (a later one is a reply's or a teaser's).
    // Failing such a line there, a line anywhere that says "Published ..."
    // does the same.
    if (!meta.date_modified.empty() && !meta.date_published.empty() &&
        meta.date_published.substr(0, 10) >= meta.date_modified.substr(0, 10)) {
        const std::string shown = !near.date.empty() && !near.update ? near.date : labelled_date(blocks, month_first, false);
        if (!shown.empty() && shown < meta.date_published.substr(0, 10)) meta.date_published = shown;
    }
    if (!meta.date_published.empty()) return;
    if (!near.update) meta.date_published = near.date;
    if (meta.date_published.empty()) meta.date_published = later_text_date(blocks, anchor, month_first, false);
    if (meta.date_published.empty()) meta.date_published = labelled_date(blocks, month_first, false);
    if (meta.date_published.empty()) meta.date_published = near.date;
    if (meta.date_published.empty()) meta.date_published = later_text_date(blocks, anchor, month_first, true);
    if (meta.date_published.empty()) meta.date_published = labelled_date(blocks, month_first, true);
    if (meta.date_published.empty()) meta.date_published = credited_date(blocks, month_first);
    // Markup that states only when the page changed: that is its one date.
    if (meta.date_published.empty()) meta.date_published = meta.date_modified;
}

}  // namespace

void fill_text_dates(pith::metadata& meta, const candidates& blocks, int title_block) {
    const bool month_first = numeric_month_first(meta.language);
    fill_dates(meta, blocks, headline_block(blocks, title_block, meta.title), month_first);
    // A bare day (a text date, or markup's without a time) may have been read
    // from an ambiguous numeric line, here or in the markup walk.
    if (meta.date_published.size() == 10) meta.date_published = settle_day_month(blocks, meta.date_published, month_first);
}

}  // namespace pith::detail
