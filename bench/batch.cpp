// pith_batch: cleans many pages in one process, for the dev-set loop and
// throughput figures. Usage: pith_batch OUT_DIR FILE... (writes OUT_DIR/<name>.txt,
// <name> being the file name up to its first '.'); prints pages, bytes and seconds.
#include "pith/pith.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: pith_batch OUT_DIR FILE...\n";
        return 2;
    }
    std::string out_dir = argv[1];
    std::size_t bytes = 0, pages = 0;
    double seconds = 0;
    for (int i = 2; i < argc; ++i) {
        std::string path = argv[i];
        std::ifstream in(path, std::ios::binary);
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto t0 = std::chrono::steady_clock::now();
        pith::options opts;
        opts.mode = pith::input_mode::html;
        pith::result r = pith::clean(data, opts);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        bytes += data.size();
        ++pages;
        std::string name = path.substr(path.find_last_of('/') + 1);
        name = name.substr(0, name.find('.'));
        std::ofstream(out_dir + "/" + name + ".txt", std::ios::binary) << r.text;
    }
    std::printf("%zu pages, %.1f MB (as given), %.2f s in pith::clean, %.0f pages/s\n", pages, bytes / 1e6, seconds,
                seconds > 0 ? pages / seconds : 0.0);
    return 0;
}
