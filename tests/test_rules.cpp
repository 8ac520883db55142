// Unit tests of the shared rules (lib/src/rules.h), each with positive and
// negative cases, and of the invariants of the public pipeline
// (pith::clean_text): reasons on every block, determinism, idempotence.
//
// Rules are called directly on hand-made blocks where the rule's own decision
// is the point, and through clean_text where the interplay with the other
// rules is. Page chrome (mark_chrome) is only checked for the title.
#include "pith/pith.h"
#include "rules/rules.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace pith::detail;
using pith::reason;
using pith::test::make;
using pith::test::texts;

namespace {

std::string join(const std::vector<std::string>& paragraphs) {
    std::string out;
    for (const std::string& p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

bool undecided(const candidate& c) { return !c.decided; }
bool dropped_as(const candidate& c, reason r) { return c.decided && !c.kept && c.why == r; }

// The block of a result whose text is `text`, or nullptr.
const pith::block* find_block(const pith::result& r, std::string_view text) {
    for (const pith::block& b : r.blocks)
        if (b.text == text) return &b;
    return nullptr;
}

// Plain article prose: long, punctuated, no cue of any rule.
const std::vector<std::string> body = {
    "The city council met on Monday evening to discuss the budget for the coming year, officials said.",
    "Most of the new money will go to schools and hospitals, according to a statement from the mayor's office.",
    "Opposition members said the plan did not do enough for people who rent their homes in the city centre.",
    "A final vote on the budget is expected before the end of the month, when the council meets again.",
    "Residents will be able to comment on the plan at a public meeting in the town hall next Thursday.",
    "The mayor said she was confident that the budget would pass with the support of most councillors.",
};

}  // namespace

// ================================================================ markers

TEST_CASE("markers: UI debris lines in several languages", "[rules][markers]") {
    for (std::string_view line :
         {"SLIDE ME", "Advertisement", "ADVERTISEMENT", "Scroll down for video", "Share this article",
          "RELATED ARTICLES", "Read more", "Read more:", "Continue reading…", "Back to top", "Anzeige",
          "Weiterlesen", "Lire la suite", "Publicidad", "Leia mais", "Читать далее", "Реклама", "广告",
          "続きを読む"}) {
        auto blocks = make({line});
        mark_markers(blocks);
        CAPTURE(line);
        CHECK(dropped_as(blocks[0], reason::marker));
        CHECK_FALSE(blocks[0].detail.empty());
    }
}

TEST_CASE("markers: short lines starting with a marker phrase", "[rules][markers]") {
    for (std::string_view line : {"Scroll down for more pictures", "Share on Facebook", "Follow us on Twitter",
                                  "Click here to read the full report", "Sign up for our daily briefing",
                                  "Read more about the budget"}) {
        auto blocks = make({line});
        mark_markers(blocks);
        CAPTURE(line);
        CHECK(dropped_as(blocks[0], reason::marker));
    }
}

TEST_CASE("markers: blocks of nothing but symbols are separators", "[rules][markers]") {
    for (std::string_view line : {"***", "- - -", "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2", "\xE2\x80\x94", "|"}) {
        auto blocks = make({line});
        mark_markers(blocks);
        CAPTURE(line);
        CHECK(dropped_as(blocks[0], reason::marker));
    }
}

TEST_CASE("markers: prose that starts like a marker is not one", "[rules][markers]") {
    for (std::string_view line : {
             "Read more about how the council plans to spend the money on new schools and hospitals in the region.",
             "Read more about the plan on the council website, where the full budget has been published",
             "Share prices fell sharply on Monday after the announcement.",
             "More than three million people have fled the country since the start of the war.",
             "Next week the talks will resume in Geneva, the ministry said.",
             "Advertisement revenue rose by ten per cent last year, the company said.",
             "Search teams found two more survivors on Tuesday.",
             "Читать далее было невозможно: свет погас во всём доме, сказала она.",
             "Print editions of the newspaper will stop next year.",
         }) {
        auto blocks = make({line});
        mark_markers(blocks);
        CAPTURE(line);
        CHECK(undecided(blocks[0]));
    }
}

TEST_CASE("markers: decided blocks are left alone", "[rules][markers]") {
    auto blocks = make({"Advertisement"});
    blocks[0].keep("kept on purpose");
    mark_markers(blocks);
    CHECK(blocks[0].kept);
    CHECK(blocks[0].detail == "kept on purpose");
}

// ================================================================ captions

TEST_CASE("captions: a doubled unpunctuated block is a caption and its copy", "[rules][captions]") {
    const std::string cap = "Firefighters inspect the burned-out ruins of the shopping centre north of the city";
    auto blocks = make({body[0], cap, cap, body[1]});
    mark_markers(blocks);
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(dropped_as(blocks[2], reason::caption_duplicate));
    CHECK(undecided(blocks[0]));
    CHECK(undecided(blocks[3]));
}

TEST_CASE("captions: doubling is seen through case and white space, in any script", "[rules][captions]") {
    auto blocks = make({
        "Спасатели разбирают завалы торгового центра в Киеве",
        "СПАСАТЕЛИ разбирают  завалы торгового центра в Киеве",
        "救援人员在购物中心的废墟中搜寻幸存者",
        "救援人员在购物中心的废墟中搜寻幸存者",
    });
    mark_captions(blocks);
    CHECK(dropped_as(blocks[0], reason::caption));
    CHECK(dropped_as(blocks[1], reason::caption_duplicate));
    CHECK(dropped_as(blocks[2], reason::caption));
    CHECK(dropped_as(blocks[3], reason::caption_duplicate));
}

TEST_CASE("captions: a doubled punctuated sentence is left to the repeat rule", "[rules][captions]") {
    const std::string s = "The council will meet again next week to vote on the budget.";
    auto blocks = make({body[0], s, s, body[1]});
    mark_markers(blocks);
    mark_captions(blocks);
    CHECK(undecided(blocks[1]));
    CHECK(undecided(blocks[2]));
    mark_bylines(blocks);
    mark_repeats(blocks);
    CHECK(undecided(blocks[1]));
    CHECK(dropped_as(blocks[2], reason::repeat));
}

TEST_CASE("captions: a doubled punctuated block with a caption cue is a caption", "[rules][captions]") {
    const std::string s = "Officials said at least six people had died. Pictured: the ruins of the mall on Monday.";
    auto blocks = make({body[0], s, s, body[1]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(dropped_as(blocks[2], reason::caption_duplicate));
}

TEST_CASE("captions: doubled blocks of under four words are not captions", "[rules][captions]") {
    auto blocks = make({"Kyiv, Ukraine", "Kyiv, Ukraine"});
    mark_captions(blocks);
    CHECK(undecided(blocks[0]));
    CHECK(undecided(blocks[1]));
}

TEST_CASE("captions: single unpunctuated blocks with a caption cue", "[rules][captions]") {
    for (std::string_view line : {
             "Pictured: Rescuers trying to free survivors from the rubble",
             "White House press secretary Anna Berg (pictured) at a briefing on Monday",
             "The ruins of a truck parked near the site of the blast is seen after the explosion",
             "Firefighters are seen at the scene of the fire in the city centre",
             "The prime minister (left) and his wife arrive at the summit in Brussels",
             "Emergency workers at the scene (file photo)",
             "Photo: rescuers at work in the ruins of the mall",
             "Фото: спасатели на месте взрыва в центре города",
             "The mall in the north of the city after the strike (Getty Images)",
         }) {
        auto blocks = make({body[0], line, body[1]});
        mark_captions(blocks);
        CAPTURE(line);
        CHECK(dropped_as(blocks[1], reason::caption));
        CHECK_FALSE(blocks[1].detail.empty());
        CHECK(undecided(blocks[0]));
        CHECK(undecided(blocks[2]));
    }
}

TEST_CASE("captions: cue words inside punctuated prose do not make a caption", "[rules][captions]") {
    for (std::string_view line : {
             "The smoke could be seen from miles away, witnesses told reporters on Monday.",
             "He was pictured leaving the court on Monday after the verdict was read out.",
             "Ms Berg (pictured) said the president would travel to Poland on Friday.",
             "The meeting, which was photographed by several reporters, ended without a deal.",
             "Pictured: what the new town hall will look like when it opens next year.",
         }) {
        auto blocks = make({body[0], line, body[1]});
        mark_captions(blocks);
        CAPTURE(line);
        CHECK(undecided(blocks[1]));
    }
    // Cues need a few words: a three-word label is not enough on its own.
    auto short_one = make({body[0], "Pictured: the mall", body[1]});
    mark_captions(short_one);
    CHECK(undecided(short_one[1]));
}

TEST_CASE("captions: a long unpunctuated photo description is a caption, a short heading is not",
          "[rules][captions]") {
    auto blocks = make({body[0],
                        "Satellite images show the extent of the damage to the port city after weeks of shelling",
                        body[1], "Satellite images show damage", body[2]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(undecided(blocks[3]));
}

TEST_CASE("captions: an upper-case label with a colon starts a slider caption", "[rules][captions]") {
    auto blocks = make({body[0],
                        "BEFORE AND AFTER: How the shelling left the front entrance of the shopping centre",
                        "Update: the council has now responded to our request for comment on the budget",
                        "UPDATE: The council has now responded to our request for comment on the budget.",
                        body[1]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(undecided(blocks[2]));  // the label is not in upper case
    CHECK(undecided(blocks[3]));  // punctuated
}

TEST_CASE("captions: unpunctuated blocks between captions are captions", "[rules][captions]") {
    const std::string cap1 = "Pictured: Rescuers trying to free survivors from the rubble";
    const std::string mid1 = "A woman carries her belongings out of a damaged building in the north";
    const std::string mid2 = "Soldiers stand guard near the entrance of the destroyed shopping mall";
    const std::string cap2 = "The mayor (centre) visits the site of the blast on Monday";
    auto blocks = make({body[0], cap1, mid1, mid2, cap2, body[1]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(dropped_as(blocks[2], reason::caption));
    CHECK(dropped_as(blocks[3], reason::caption));
    CHECK(dropped_as(blocks[4], reason::caption));
    CHECK(blocks[2].detail.find("between") != std::string::npos);
    CHECK(undecided(blocks[0]));
    CHECK(undecided(blocks[5]));
}

TEST_CASE("captions: a run with a caption on one side only, or a punctuated one, stays", "[rules][captions]") {
    const std::string cap = "Pictured: Rescuers trying to free survivors from the rubble";
    const std::string heading = "What happens next for the families of the victims";
    auto one_side = make({body[0], cap, heading, body[1]});
    mark_captions(one_side);
    CHECK(dropped_as(one_side[1], reason::caption));
    CHECK(undecided(one_side[2]));

    const std::string cap2 = "The mayor (centre) visits the site of the blast on Monday";
    auto punctuated = make({body[0], cap, body[2], cap2, body[1]});
    mark_captions(punctuated);
    CHECK(undecided(punctuated[2]));
}

TEST_CASE("captions: every later copy of a caption is a duplicate", "[rules][captions]") {
    const std::string cap = "Rescuers pull a survivor from the rubble of the mall in the north of the city";
    auto blocks = make({body[0], cap, cap, body[1], body[2], "RESCUERS pull a survivor from the rubble of the mall "
                                                             "in the north of the city",
                        body[3]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(dropped_as(blocks[2], reason::caption_duplicate));
    CHECK(dropped_as(blocks[5], reason::caption_duplicate));
}

TEST_CASE("captions: a caption's words as a punctuated paragraph among body paragraphs are body",
          "[rules][captions]") {
    const std::string cap = "Seventeen-year-old Anya was pictured leaving the hospital in the capital on Friday";
    const std::string in_body = cap + ".";
    auto blocks = make({body[0], cap, cap, body[1], in_body, body[2]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[1], reason::caption));
    CHECK(dropped_as(blocks[2], reason::caption_duplicate));
    CHECK_FALSE(blocks[4].decided);  // left for the later rules...
    CHECK(blocks[4].kept);           // ...and not dropped
    mark_bylines(blocks);
    mark_repeats(blocks);
    CHECK(blocks[4].kept);  // dropped caption copies do not make it a repeat

    SECTION("through the whole pipeline") {
        pith::result r = pith::clean_text(join({body[0], cap, cap, body[1], in_body, body[2]}));
        REQUIRE(r.ok());
        const pith::block* b = find_block(r, in_body);
        REQUIRE(b != nullptr);
        CHECK(b->kept);
        CHECK(r.text.find(in_body) != std::string::npos);
    }
}

TEST_CASE("captions: a punctuated copy of a caption away from body paragraphs is a duplicate",
          "[rules][captions]") {
    const std::string cap = "Seventeen-year-old Anya was pictured leaving the hospital in the capital on Friday";
    const std::string other = "Emergency workers search the rubble of the destroyed mall in the north of the city";
    // The punctuated copy stands between captions, not among body paragraphs.
    auto blocks = make({body[0], cap, cap, other, other, cap + ".", other, body[1]});
    mark_captions(blocks);
    CHECK(dropped_as(blocks[5], reason::caption_duplicate));
}

// ================================================================ repeats

TEST_CASE("repeats: the first copy stays, later ones go", "[rules][repeats]") {
    auto blocks = make({body[0], body[1], body[0], body[2], body[0]});
    mark_repeats(blocks);
    CHECK(undecided(blocks[0]));
    CHECK(undecided(blocks[1]));
    CHECK(dropped_as(blocks[2], reason::repeat));
    CHECK(blocks[2].detail.find('1') != std::string::npos);  // names the first copy
    CHECK(undecided(blocks[3]));
    CHECK(dropped_as(blocks[4], reason::repeat));
}

TEST_CASE("repeats: near copies through case, NFKC, white space and punctuation", "[rules][repeats]") {
    auto blocks = make({
        "The council will vote on the budget next week.",
        "THE COUNCIL WILL VOTE ON THE BUDGET NEXT WEEK.",
        "The  council\xC2\xA0will vote on the budget\tnext week.",
        "Ｔｈｅ ｃｏｕｎｃｉｌ will vote on the budget next week.",
        "The council will vote on the budget next week",
        "'The council will vote on the budget, next week!'",
    });
    mark_repeats(blocks);
    CHECK(undecided(blocks[0]));
    for (std::size_t i = 1; i < blocks.size(); ++i) {
        CAPTURE(blocks[i].text);
        CHECK(dropped_as(blocks[i], reason::repeat));
    }
}

TEST_CASE("repeats: non-Latin case variants", "[rules][repeats]") {
    auto blocks = make({"Η ΣΥΝΑΝΤΗΣΗ ΤΕΛΕΙΩΣΕ ΧΩΡΙΣ ΣΥΜΦΩΝΙΑ", "Η συναντηση τελειωσε χωρις συμφωνια",
                        "Встреча закончилась без соглашения.", "ВСТРЕЧА ЗАКОНЧИЛАСЬ БЕЗ СОГЛАШЕНИЯ.",
                        "Встреча закончилась соглашением."});
    mark_repeats(blocks);
    CHECK(undecided(blocks[0]));
    CHECK(dropped_as(blocks[1], reason::repeat));
    CHECK(undecided(blocks[2]));
    CHECK(dropped_as(blocks[3], reason::repeat));
    CHECK(undecided(blocks[4]));
}

TEST_CASE("repeats: different text is not a repeat", "[rules][repeats]") {
    auto blocks = make({"The council met on Monday.", "The council met on Tuesday.", "The council met on Monday night.",
                        "Council met on Monday."});
    mark_repeats(blocks);
    for (const candidate& c : blocks) {
        CAPTURE(c.text);
        CHECK(undecided(c));
    }
}

TEST_CASE("repeats: dropped blocks do not make later copies repeats; kept ones are left alone",
          "[rules][repeats]") {
    auto blocks = make({body[0], body[1], body[0], body[1]});
    blocks[0].drop(reason::caption, "test");
    blocks[3].keep("kept on purpose");
    mark_repeats(blocks);
    CHECK(undecided(blocks[2]));  // the earlier copy was dropped, so this is the first
    CHECK(blocks[3].kept);
    CHECK(blocks[3].detail == "kept on purpose");
}

// ================================================================ bylines

TEST_CASE("bylines: credit lines", "[rules][bylines]") {
    for (std::string_view line : {
             "By Jane Doe",
             "By JANE DOE and JOHN ROE",
             "By Jane Doe For The Daily Planet",
             "Jane Doe and John Roe for The Planet",
             "Jane Doe For Dailyplanet.com",
             "Jane Doe, Senior Reporter",
             "Jane Doe Political Correspondent",
             "Von Max Mustermann",
             "Par Jean Dupont",
             "Reporting by Jane Doe; Editing by John Roe",
         }) {
        auto blocks = make({body[0], line, body[1]});
        mark_bylines(blocks);
        CAPTURE(line);
        CHECK(dropped_as(blocks[1], reason::byline));
        CHECK_FALSE(blocks[1].detail.empty());
        CHECK(undecided(blocks[0]));
        CHECK(undecided(blocks[2]));
    }
}

TEST_CASE("bylines: ordinary sentences with 'for' or 'by' are not bylines", "[rules][bylines]") {
    for (std::string_view line : {
             "He said the money was for the children and their families.",
             "Rescuers searched the rubble for survivors through the night",
             "The plan was approved by the council on Monday.",
             "Funding for schools and hospitals",
             "By the time the rescuers arrived, the building had collapsed and the fire had spread to the car park.",
             "Jane Doe",
             "Thanks for reading",
         }) {
        auto blocks = make({body[0], line, body[1]});
        mark_bylines(blocks);
        CAPTURE(line);
        CHECK(undecided(blocks[1]));
    }
}

// ================================================================ appeals

namespace {
const std::vector<std::string> appeal_run = {
    "The newspaper has launched an appeal to help the families who lost their homes",
    "Readers have always shown immense generosity, and we hope you will help once more",
    "You can donate online through our appeal page",
    "Account name: The Families Appeal",
    "Account number: 12345678",
    "Sort code: 12-34-56",
    "Cheques should be made payable to The Families Appeal and posted to our office",
};
}  // namespace

TEST_CASE("appeals: a trailing donation run with bank details is cut whole", "[rules][appeals]") {
    candidates blocks = make({body[0], body[1], body[2], body[3]});
    for (const std::string& a : appeal_run) {
        candidate c;
        c.text = a;
        compute_features(c);
        blocks.push_back(std::move(c));
    }
    mark_appeals(blocks);
    for (std::size_t i = 0; i < 4; ++i) CHECK(undecided(blocks[i]));
    // From the first donation line to the end, every block goes.
    for (std::size_t i = 6; i < blocks.size(); ++i) {
        CAPTURE(blocks[i].text);
        CHECK(dropped_as(blocks[i], reason::appeal));
        CHECK_FALSE(blocks[i].detail.empty());
    }
}

TEST_CASE("appeals: in another language", "[rules][appeals]") {
    auto blocks = make({body[0], body[1], body[2], "Bitte spenden Sie für die Familien der Opfer",
                        "Spendenkonto: Hilfe für Familien", "IBAN: DE12 3456 7890 1234 5678 90"});
    mark_appeals(blocks);
    CHECK(undecided(blocks[2]));
    CHECK(dropped_as(blocks[3], reason::appeal));
    CHECK(dropped_as(blocks[4], reason::appeal));
    CHECK(dropped_as(blocks[5], reason::appeal));
}

TEST_CASE("appeals: a body paragraph about an appeal or donations mid-article is kept", "[rules][appeals]") {
    auto blocks = make({
        body[0],
        "The charity launched an appeal last week, and readers have donated more than a million pounds to help "
        "the families.",
        body[1],
        "Volunteers said they would donate the money to the hospital, which has been short of beds since the winter.",
        body[2],
        body[3],
        body[4],
    });
    mark_appeals(blocks);
    for (const candidate& c : blocks) {
        CAPTURE(c.text);
        CHECK(undecided(c));
    }
}

TEST_CASE("appeals: an appeal followed by lots of body is not cut", "[rules][appeals]") {
    auto blocks = make({body[0], "Donate to our appeal for the families online", "Account number: 12345678",
                        "Sort code: 12-34-56", body[1], body[2], body[3], body[4]});
    mark_appeals(blocks);
    for (const candidate& c : blocks) {
        CAPTURE(c.text);
        CHECK(undecided(c));
    }
}

TEST_CASE("appeals: a lone subscribe line is not a run", "[rules][appeals]") {
    auto blocks = make({body[0], body[1], body[2], "Subscribe to our newsletter"});
    mark_appeals(blocks);
    CHECK(undecided(blocks[3]));
}

// ================================================================ title

TEST_CASE("title: a first-line headline is the title, not body", "[rules][title]") {
    const std::string headline = "Council approves budget as schools and hospitals get more money";
    pith::result r = pith::clean_text(join({headline, body[0], body[1], body[2]}));
    REQUIRE(r.ok());
    CHECK(r.title == headline);
    CHECK(r.text.find(headline) == std::string::npos);
    REQUIRE_FALSE(r.blocks.empty());
    CHECK(r.blocks[0].why == reason::title);
    CHECK_FALSE(r.blocks[0].kept);
    CHECK(r.text.find(body[0]) != std::string::npos);
}

TEST_CASE("title: a headline in another script", "[rules][title]") {
    const std::string headline = "Городской совет утвердил бюджет на следующий год";
    const std::string para = "Большая часть новых денег пойдёт на школы и больницы, говорится в заявлении мэрии.";
    const std::string para2 = "Оппозиция заявила, что план не помогает людям, которые снимают жильё в центре.";
    pith::result r = pith::clean_text(join({headline, para, para2}));
    REQUIRE(r.ok());
    CHECK(r.title == headline);
    CHECK(r.text.find(headline) == std::string::npos);
    CHECK(r.text.find(para) != std::string::npos);
}

TEST_CASE("title: an article that starts with prose has no title", "[rules][title]") {
    pith::result r = pith::clean_text(join({body[0], body[1], body[2]}));
    REQUIRE(r.ok());
    CHECK(r.title.empty());
    CHECK(r.text.find(body[0]) != std::string::npos);
}

// ================================================================ pipeline

TEST_CASE("a dirty scrape is cleaned end to end", "[rules][pipeline]") {
    const std::string cap = "Rescuers pull a survivor from the rubble of the mall in the north of the city";
    const std::string rest = "A huge explosion rocked the mall before dawn on Monday, officials said.";
    std::vector<std::string> parts = {
        "Blast destroys shopping mall in the north of the capital",
        "By Jane Doe and John Roe for The Daily Planet",
        body[0],
        "Advertisement",
        cap,
        cap + rest,
        body[1],
        "SLIDE ME",
        body[2],
        body[1],
        body[3],
    };
    // The appeal from its first donation line (its plain opening is not asserted here).
    for (std::size_t i = 2; i < appeal_run.size(); ++i) parts.push_back(appeal_run[i]);
    pith::result r = pith::clean_text(join(parts));
    REQUIRE(r.ok());
    CHECK(r.title == parts[0]);
    auto why = [&](std::string_view text) {
        const pith::block* b = find_block(r, text);
        return b ? std::string(pith::to_string(b->why)) : std::string("<missing>");
    };
    CHECK(why(parts[1]) == "byline");
    CHECK(why("Advertisement") == "marker");
    CHECK(why("SLIDE ME") == "marker");
    CHECK(why(rest) == "body");
    CHECK(why("Account number: 12345678") == "appeal");
    // The body, in order, each paragraph once.
    const std::string want = body[0] + "\n\n" + rest + "\n\n" + body[1] + "\n\n" + body[2] + "\n\n" + body[3] + "\n";
    CHECK(r.text == want);
}

TEST_CASE("every block carries a reason: dropped ones a non-body reason with detail", "[rules][pipeline]") {
    const std::string cap = "Rescuers pull a survivor from the rubble of the mall in the north of the city";
    std::vector<std::string> inputs = {
        join({"Blast destroys shopping mall in the north of the capital", body[0], "Advertisement", cap, cap,
              body[1], body[1], "By Jane Doe", body[2]}),
        join({body[0], "Pictured: Rescuers trying to free survivors from the rubble", body[1], "***", body[2]}),
        join(appeal_run),
        "Home\nNews\nSport\n\nShare this article\n\n" + body[0],
    };
    for (const std::string& in : inputs) {
        pith::result r = pith::clean_text(in);
        REQUIRE(r.ok());
        REQUIRE_FALSE(r.blocks.empty());
        for (const pith::block& b : r.blocks) {
            CAPTURE(b.text, pith::to_string(b.why), b.detail);
            CHECK(b.kept == (b.why == reason::body));
            if (!b.kept) CHECK_FALSE(b.detail.empty());
            CHECK_FALSE(b.text.empty());
        }
    }
}

TEST_CASE("cleaning is deterministic and idempotent", "[rules][pipeline]") {
    const std::string cap = "Rescuers pull a survivor from the rubble of the mall in the north of the city";
    std::vector<std::string> inputs = {
        join({"Blast destroys shopping mall in the north of the capital", body[0], "Advertisement", cap,
              cap + "A huge explosion rocked the mall before dawn on Monday, officials said.", body[1], body[1],
              "By Jane Doe", body[2]}),
        join({body[0], body[1], body[2], body[3], appeal_run[2], appeal_run[4], appeal_run[5]}),
        join({"Городской совет утвердил бюджет на следующий год",
              "Большая часть новых денег пойдёт на школы и больницы, говорится в заявлении мэрии.", "Реклама",
              "Оппозиция заявила, что план не помогает людям, которые снимают жильё в центре."}),
        "Rescue teams worked through the night to reach the people trapped under\n"
        "the rubble of the building, the mayor said.\n\n" +
            body[4],
    };
    for (const std::string& in : inputs) {
        CAPTURE(in);
        pith::result a = pith::clean_text(in);
        pith::result b = pith::clean_text(in);
        CHECK(a.text == b.text);
        CHECK(a.title == b.title);
        REQUIRE(a.blocks.size() == b.blocks.size());
        for (std::size_t i = 0; i < a.blocks.size(); ++i) {
            CHECK(a.blocks[i].text == b.blocks[i].text);
            CHECK(a.blocks[i].why == b.blocks[i].why);
            CHECK(a.blocks[i].detail == b.blocks[i].detail);
        }
        pith::result again = pith::clean_text(a.text);
        CHECK(again.text == a.text);
    }
}

TEST_CASE("status: empty, too large, binary", "[rules][pipeline]") {
    CHECK(pith::clean_text("").code == pith::status::empty_input);
    CHECK(pith::clean_text(" \n\t\n").code == pith::status::empty_input);
    CHECK(pith::clean_text(" \n\t\n").ok());

    pith::options small;
    const std::string text = body[0] + "\n\n" + body[1];
    small.max_input_bytes = text.size();
    CHECK(pith::clean_text(text, small).code == pith::status::ok);
    small.max_input_bytes = text.size() - 1;
    pith::result big = pith::clean_text(text, small);
    CHECK(big.code == pith::status::too_large);
    CHECK_FALSE(big.ok());
    CHECK_FALSE(big.message.empty());
    CHECK(big.text.empty());

    std::string binary(512, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i * 7);
    pith::result bin = pith::clean_text(binary);
    CHECK(bin.code == pith::status::unsupported_input);
    CHECK_FALSE(bin.message.empty());
}
