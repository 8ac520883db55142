// --report / --format report: one self-contained HTML page per document that
// shows every block in order, kept ones plain, dropped ones struck through
// and coloured by reason, with reason and detail on hover, a legend that
// counts each reason (counted by the page's script from the blocks shown,
// so what a reader sees is what the page holds) and a switch per reason;
// "#hide=body,repeat" in the address starts with those reasons hidden.
// Nothing is fetched: the CSS and the few lines of script are inline.
#include "outputs.h"

#include <array>
#include <map>

namespace pith_cli {

namespace {

// One colour per reason, readable on white; body is plain text.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> palette{{
    {"body", "#1a1a1a"},        {"title", "#1f4e9a"},      {"caption", "#b35900"},
    {"caption_duplicate", "#cc7a00"}, {"marker", "#c2185b"}, {"repeat", "#6a1b9a"},
    {"appeal", "#2e7d32"},      {"byline", "#00838f"},     {"navigation", "#5d4037"},
    {"cookie_notice", "#8d6e00"}, {"legal", "#455a64"},    {"social", "#ad1457"},
    {"boilerplate", "#757575"},  {"comment", "#0d47a1"},
}};

constexpr const char* style =
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:1em auto;padding:0 1em;color:#1a1a1a}"
    "h1{font-size:1.3em}.legend{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;"
    "padding:.5em 0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}.legend label{cursor:pointer}"
    ".b{margin:.4em 0;padding:.1em .4em;border-left:4px solid transparent}"
    ".b .k{font-size:.75em;color:#777;margin-right:.5em;text-transform:uppercase}"
    ".drop{text-decoration:line-through}.b.pre{white-space:pre-wrap;font-family:monospace}"
    ".hidden{display:none}.sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em}";

// Counts the blocks of each reason from the page itself and writes them into
// the legend; a checkbox hides or shows one reason's blocks.
constexpr const char* script =
    "(function(){var n={};document.querySelectorAll('.b').forEach(function(e){"
    "var r=e.dataset.reason;n[r]=(n[r]||0)+1;});"
    "document.querySelectorAll('.legend [data-reason]').forEach(function(l){"
    "var r=l.dataset.reason;l.querySelector('.count').textContent=n[r]||0;"
    "l.querySelector('input').addEventListener('change',function(ev){"
    "document.querySelectorAll('.b[data-reason=\"'+r+'\"]').forEach(function(e){"
    "e.classList.toggle('hidden',!ev.target.checked);});});});"
    "var h=/^#hide=(.*)$/.exec(location.hash);if(h)h[1].split(',').forEach(function(r){"
    "var l=document.querySelector('.legend [data-reason=\"'+r+'\"] input');"
    "if(l){l.checked=false;l.dispatchEvent(new Event('change'));}});"
    "document.body.dataset.counted='yes';})();";

std::string_view colour_of(std::string_view reason) {
    for (const auto& [name, colour] : palette)
        if (name == reason) return colour;
    return "#757575";
}

}  // namespace

std::string render_report(const pith::result& r, std::string_view input_name) {
    std::map<std::string_view, std::size_t> counts;
    for (const pith::block& b : r.blocks) ++counts[pith::to_string(b.why)];
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>pith report: " +
                      html_escape(input_name) + "</title>\n<style>" + style + "</style></head>\n<body>\n";
    out += "<h1>" + html_escape(input_name) + "</h1>\n";
    if (!r.title.empty()) out += "<p>Title: <strong>" + html_escape(r.title) + "</strong></p>\n";
    out += "<div class=\"legend\">\n";
    for (const auto& [name, colour] : palette) {
        if (!counts.count(name)) continue;
        out += "<label data-reason=\"" + std::string(name) + "\"><input type=\"checkbox\" checked>"
               "<span class=\"sw\" style=\"background:" + std::string(colour) + "\"></span>" + std::string(name) +
               " <span class=\"count\">?</span></label>\n";
    }
    out += "</div>\n";
    for (const pith::block& b : r.blocks) {
        const std::string_view why = pith::to_string(b.why);
        std::string hover = std::string(why) + (b.detail.empty() ? "" : ": " + b.detail);
        out += "<div class=\"b" + std::string(b.kept ? "" : " drop") +
               (b.kind == pith::block_kind::preformatted ? " pre" : "") + "\" data-reason=\"" + std::string(why) +
               "\" title=\"" + html_escape(hover) + "\" style=\"color:" + std::string(colour_of(why)) +
               ";border-color:" + std::string(b.kept ? "transparent" : colour_of(why)) + "\">";
        out += "<span class=\"k\">" + std::string(pith::to_string(b.kind)) + "</span>" + html_escape(b.text) + "</div>\n";
    }
    out += "<script>" + std::string(script) + "</script>\n</body></html>\n";
    return out;
}

std::string render_report_index(const std::vector<report_entry>& entries) {
    std::string out = std::string("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<title>pith reports</title>\n<style>") + style +
                      "</style></head>\n<body>\n<h1>pith reports</h1>\n<table>\n"
                      "<tr><th>input</th><th>kept</th><th>dropped</th></tr>\n";
    for (const report_entry& e : entries)
        out += "<tr><td><a href=\"" + html_escape(e.file) + "\">" + html_escape(e.label) + "</a></td><td>" +
               std::to_string(e.kept) + "</td><td>" + std::to_string(e.dropped) + "</td></tr>\n";
    return out + "</table>\n</body></html>\n";
}

}  // namespace pith_cli
