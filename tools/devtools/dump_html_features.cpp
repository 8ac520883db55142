// Dev tool: prints the block-model features of every block of HTML pages
// (.html or .html.gz), one TSV row per block: file, block index, features...,
// text. The rules' own verdict is among the features. Used by
// tools/train_html_model.py; not installed.
#include "input/decode.h"
#include "model/html_features.h"
#include "pipeline.h"
#include "read_page.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    using namespace pith::detail;
    std::cout << std::setprecision(9) << "file\tblock";  // 9 digits: a float round-trips
    for (auto name : html_feature_names) std::cout << '\t' << name;
    std::cout << "\ttext\n";
    for (int a = 1; a < argc; ++a) {
        std::string bytes;
        if (!pith::devtools::read_page(argv[a], bytes)) continue;
        html_document doc = read_html(decode_html_bytes(bytes, {}).text);
        candidates& blocks = doc.blocks;
        const html_verdict verdict = html_rules(blocks, doc);
        const std::vector<html_row> rows = compute_html_features(blocks, doc, verdict);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::cout << argv[a] << '\t' << i;
            for (float v : rows[i]) std::cout << '\t' << v;
            std::string text = blocks[i].text;
            for (char& ch : text)
                if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
            std::cout << '\t' << text << '\n';
        }
    }
    return 0;
}
