// The C++ API from an installed tree: prints what pith::clean_text keeps
// of the file named by argv[1].
#include <pith/pith.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) return 1;
    std::ifstream in(argv[1], std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    pith::result r = pith::clean_text(bytes);
    if (r.code != pith::status::ok) {
        std::cerr << "consumer_cpp: " << r.message << '\n';
        return 1;
    }
    std::cout << r.text;
    return 0;
}
