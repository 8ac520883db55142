// Unit tests of the text front end (lib/src/text_input.h): paragraphs, stacked
// lines, bullets, and glue splitting with its positive and negative cases.
#include "input/text_input.h"
#include "text/unicode.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace pith::detail;

namespace {

candidates read(std::string_view raw) { return read_text_blocks(sanitize_text(raw)); }

std::vector<std::string> texts(std::string_view raw) {
    std::vector<std::string> out;
    for (const candidate& c : read(raw)) out.push_back(c.text);
    return out;
}

std::string join(std::initializer_list<std::string_view> paragraphs) {
    std::string out;
    for (std::string_view p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

// Body paragraphs that stand around the cases so that they look like an
// article, not like isolated lines.
constexpr std::string_view body_before =
    "Emergency services said they had been called to the scene shortly after five in the morning.";
constexpr std::string_view body_after =
    "The city council said it would open a centre for families later in the day.";

}  // namespace

// ---------------------------------------------------------------- paragraphs

TEST_CASE("blank lines separate paragraphs", "[text_input]") {
    CHECK(texts("First paragraph here.\n\nSecond paragraph here.") ==
          std::vector<std::string>{"First paragraph here.", "Second paragraph here."});
    // Several blank lines, lines of spaces, tabs and NBSP count as one break.
    CHECK(texts("\n\nOne.\n\n\n  \t \n\xC2\xA0\nTwo.\n\n") == std::vector<std::string>{"One.", "Two."});
    CHECK(texts("").empty());
    CHECK(texts("\n \n\t\n").empty());
}

TEST_CASE("block text is trimmed and its inner white space collapsed", "[text_input]") {
    CHECK(texts("   Spaces\xC2\xA0\xC2\xA0inside   and\taround.   ") ==
          std::vector<std::string>{"Spaces inside and around."});
}

TEST_CASE("hard-wrapped prose is joined back into one block", "[text_input]") {
    auto got = texts(
        "Rescue teams worked through the night to reach the people trapped under\n"
        "the rubble of the building, the mayor of the city said on Tuesday, adding\n"
        "that the search would go on.");
    REQUIRE(got.size() == 1);
    CHECK(got[0] ==
          "Rescue teams worked through the night to reach the people trapped under the rubble of the "
          "building, the mayor of the city said on Tuesday, adding that the search would go on.");
}

TEST_CASE("hard-wrapped Cyrillic prose is joined too", "[text_input]") {
    auto got = texts(
        "Спасатели работали всю ночь, чтобы добраться до людей под завалами\n"
        "торгового центра, сообщил мэр города.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].find("завалами торгового") != std::string::npos);
}

TEST_CASE("a line after a finished sentence is its own block", "[text_input]") {
    CHECK(texts("The first sentence is a complete one and it is long enough.\n"
                "The next line starts a new paragraph.") ==
          std::vector<std::string>{"The first sentence is a complete one and it is long enough.",
                                   "The next line starts a new paragraph."});
    // The same after a colon.
    CHECK(texts("Among the measures announced by the government on Monday were these:\n"
                "more money for hospitals and schools")
              .size() == 2);
}

TEST_CASE("short stacked lines are separate blocks", "[text_input]") {
    CHECK(texts("Home\nNews\nSport\nWeather") == std::vector<std::string>{"Home", "News", "Sport", "Weather"});
    // A short unpunctuated line is not wrapped prose even when the next starts in lower case.
    CHECK(texts("Pictured: the scene\nlater that day").size() == 2);
}

TEST_CASE("bullets become list items of their own", "[text_input]") {
    candidates got = read(
        "Elsewhere in the crisis overnight:\n"
        "\xE2\x80\xA2 The army banned a messaging app over security fears;\n"
        "\xE2\x80\xA2 The prime minister is considering a visit to the capital;\n"
        "- A third item written with a hyphen\n"
        "* A fourth with a star\n"
        "1. A numbered item\n"
        "12) Another numbered item");
    REQUIRE(got.size() == 7);
    CHECK(got[0].text == "Elsewhere in the crisis overnight:");
    CHECK_FALSE(got[0].bullet);
    CHECK(got[0].kind == pith::block_kind::paragraph);
    for (std::size_t i = 1; i < got.size(); ++i) {
        CAPTURE(got[i].text);
        CHECK(got[i].bullet);
        CHECK(got[i].kind == pith::block_kind::list_item);
    }
    CHECK(got[1].text == "\xE2\x80\xA2 The army banned a messaging app over security fears;");  // bullet kept
}

TEST_CASE("starts_with_bullet", "[text_input]") {
    for (std::string_view s : {"\xE2\x80\xA2 item", "\xC2\xB7 item", "\xE2\x96\xAA item", "- item", "* item",
                               "+ item", "\xE2\x80\x93 item", "1. item", "12) item", "  3. indented item"}) {
        CAPTURE(s);
        CHECK(starts_with_bullet(s));
    }
    for (std::string_view s : {"-5 degrees overnight", "\xE2\x80\xA2item", "1.5 million people", "3.14",
                               "2024. That was the year", "1999) was", "Item", "", "   ", "-", "(1) note"}) {
        CAPTURE(s);
        CHECK_FALSE(starts_with_bullet(s));
    }
}

// ---------------------------------------------------------------- glue: positive

TEST_CASE("a caption's second copy glued onto the next paragraph is split off", "[text_input][glue]") {
    const std::string caption = "Smoke rises above the shopping centre in the north of the city this morning";
    const std::string rest = "A huge blast tore through the building before dawn, officials said.";
    candidates got = read(join({body_before, caption, caption + rest, body_after}));
    REQUIRE(got.size() == 5);
    CHECK(got[1].text == caption);
    CHECK(got[2].text == caption);
    CHECK(got[3].text == rest);
    CHECK(got[2].glued);
    CHECK(got[3].glued);
    CHECK_FALSE(got[1].glued);
    CHECK(got[4].text == body_after);
}

TEST_CASE("a copy glued after a period onto the end of a paragraph is split off", "[text_input][glue]") {
    // "...of the bloc.The latest ..." followed by the same words on their own.
    const std::string own = "The trip had not been approved by the other members of the trading bloc.";
    const std::string copy = "The latest strikes come ahead of the summit in the capital next week";
    candidates got = read(join({body_before, own + copy, copy, body_after}));
    REQUIRE(got.size() == 5);
    CHECK(got[1].text == own);
    CHECK(got[1].glue_host);
    CHECK(got[2].text == copy);
    CHECK(got[2].glued);
    CHECK(got[3].text == copy);
}

TEST_CASE("a copy glued at both ends is cut out of both paragraphs", "[text_input][glue]") {
    // "...bloc.The latest ... (pictured)" then "The latest ... (pictured)Daniel ...".
    const std::string own = "Officials said the visit had not been approved by the rest of the bloc.";
    const std::string copy = "The latest strikes come before the summit, spokeswoman Anna Berg (pictured)";
    const std::string rest = "Daniel Moss, a former diplomat, said the summit would test the alliance.";
    auto got = texts(join({body_before, own + copy, " " + copy + rest, body_after}));
    CHECK(got == std::vector<std::string>{std::string(body_before), own, copy, copy, rest, std::string(body_after)});
}

TEST_CASE("a copy glued after a sentence and a space is split off", "[text_input][glue]") {
    // "...Second World War. Seventeen-year-old ..." with the copy standing next.
    const std::string own =
        "About three million people have left the country since last month, the largest exodus since the war.";
    const std::string copy =
        "Seventeen-year-old Anya, with her arm in a sling, was pictured leaving the hospital on Friday";
    auto got = texts(join({body_before, own + " " + copy, copy, body_after}));
    CHECK(got == std::vector<std::string>{std::string(body_before), own, copy, copy, std::string(body_after)});
}

TEST_CASE("glue after a closing bracket is split", "[text_input][glue]") {
    const std::string caption = "The mayor of the city visits the site of the blast (pictured)";
    const std::string rest = "Rescue work went on through the night, the mayor said.";
    auto got = texts(join({caption, caption + rest}));
    CHECK(got == std::vector<std::string>{caption, caption, rest});
}

TEST_CASE("glue is found in other scripts", "[text_input][glue]") {
    SECTION("Cyrillic: lower-case letter glued to an upper-case one") {
        const std::string caption = "Спасатели разбирают завалы торгового центра в Киеве сегодня утром";
        const std::string rest = "Мощный взрыв разрушил торговый центр, сообщили власти.";
        auto got = texts(join({caption, caption + rest}));
        CHECK(got == std::vector<std::string>{caption, caption, rest});
    }
    SECTION("Greek: a copy glued after a period") {
        const std::string own = "Ο υπουργός μίλησε για μια πολύ δύσκολη νύχτα.";
        const std::string copy = "Οι διασώστες ψάχνουν στα ερείπια του εμπορικού κέντρου";
        auto got = texts(join({own + copy, copy}));
        CHECK(got == std::vector<std::string>{own, copy, copy});
    }
    SECTION("Chinese: a caption copy glued onto the next paragraph") {
        const std::string caption = "救援人员在基辅购物中心的废墟中搜寻幸存者";
        const std::string rest = "一场巨大的爆炸摧毁了这座购物中心。";
        auto got = texts(join({caption, caption + rest}));
        CHECK(got == std::vector<std::string>{caption, caption, rest});
    }
    SECTION("Chinese: a copy glued after 。 onto the end of a paragraph") {
        const std::string own = "市长表示，搜救工作将一直持续到周末。";
        const std::string copy = "救援人员在购物中心的废墟中搜寻幸存者";
        auto got = texts(join({own + copy, copy}));
        CHECK(got == std::vector<std::string>{own, copy, copy});
    }
    SECTION("Arabic: a caption copy glued onto the next paragraph") {
        const std::string caption = "رجال الإنقاذ يبحثون عن ناجين بين أنقاض المركز التجاري";
        const std::string rest = "هز انفجار ضخم المدينة صباح اليوم، بحسب مسؤولين.";
        auto got = texts(join({caption, caption + rest}));
        CHECK(got == std::vector<std::string>{caption, caption, rest});
    }
}

// ---------------------------------------------------------------- glue: negative

TEST_CASE("camelCase words are never split on their own", "[text_input][glue]") {
    // Each of these has a lower-case letter before an upper-case one, which
    // looks like glue; without a neighbouring copy nothing is split.
    const std::string paragraphs = join({
        "Apple fans queued outside the store for hours to buy the new iPhone on Friday.",
        "Ronald McDonald waved to children outside the restaurant on the high street.",
        "Jane Doe and John Roe for MailOnline",
        "The clip was shared on YouTube, and donations came in through PayPal and eBay.",
        "The clip was shared on YouTube, and donations came in through PayPal and eBay",
        "Customers of the iPhone maker in San Francisco and LinkedIn users were told.",
    });
    auto got = texts(paragraphs);
    REQUIRE(got.size() == 6);
    for (const candidate& c : read(paragraphs)) {
        CAPTURE(c.text);
        CHECK_FALSE(c.glued);
        CHECK_FALSE(c.glue_host);
    }
}

TEST_CASE("a caption containing camelCase words is split only at its end", "[text_input][glue]") {
    const std::string caption = "Customers queue outside the store to buy the new iPhone from McDonald and Sons";
    const std::string rest = "Sales of the phone were higher than last year, the company said.";
    auto got = texts(join({caption, caption + rest}));
    CHECK(got == std::vector<std::string>{caption, caption, rest});
}

TEST_CASE("a block that is merely the start of the next sentence is not split off", "[text_input][glue]") {
    // "<heading>" then "<heading> that ...": continuation in lower case, or mid-word.
    const std::string a = "The minister said on Monday evening";
    auto got = texts(join({a, a + " that the talks had failed and would not resume."}));
    CHECK(got.size() == 2);
    CHECK(got[1] == a + " that the talks had failed and would not resume.");
    const std::string h = "Breaking news from the capital city";
    CHECK(texts(join({h, h + "scape, which changed overnight, drew crowds."})).size() == 2);
}

TEST_CASE("glue-looking text without a neighbouring copy is left whole", "[text_input][glue]") {
    const std::string lines = join({
        "Rescuers work at the site of the mall in the capital this morningA huge explosion rocked it.",
        "It was a visit officials said was not sanctioned by the bloc.The latest attacks came later.",
        "The spokeswoman (pictured)Daniel Moss, a diplomat, said the trip mattered.",
        "Свидетели видели дым над городом сегодня утромМощный взрыв потряс центр.",
    });
    auto got = texts(lines);
    REQUIRE(got.size() == 4);
    for (const candidate& c : read(lines)) {
        CAPTURE(c.text);
        CHECK_FALSE(c.glued);
        CHECK_FALSE(c.glue_host);
    }
}

TEST_CASE("a copy shorter than the minimum is not split off", "[text_input][glue]") {
    // Three words, under the minimum length for evidence: "Smoke over KyivA ...".
    auto got = texts(join({"Smoke over Kyiv", "Smoke over KyivA huge explosion rocked the city overnight."}));
    CHECK(got == std::vector<std::string>{"Smoke over Kyiv", "Smoke over KyivA huge explosion rocked the city overnight."});
    // Same at the other end: "...said.Rescuers at work" / "Rescuers at work".
    auto tail = texts(join({"The mayor spoke to reporters and said.Rescuers at work", "Rescuers at work"}));
    CHECK(tail.size() == 2);
}

TEST_CASE("a neighbouring copy that does not meet at the glue point is not split", "[text_input][glue]") {
    // The next block starts with the tail of this one, but the tail starts
    // mid-sentence ("...the tourists through ..." / "through ..."): no glue point.
    const std::string a = "Local guides led the tourists through the old town on Sunday";
    const std::string b = "through the old town on Sunday Morning Market, which is held weekly.";
    auto got = texts(join({a, b}));
    CHECK(got.size() == 2);
    CHECK(got[0] == a);
}
