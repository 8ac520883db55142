// Memory for one Gumbo parse. Gumbo allocates and frees a small block for
// every token, attribute, node and buffer growth, and frees its tree node by
// node: through malloc that was a sixth of pith's time on crawled pages. The
// arena hands out blocks from large chunks, recycles freed ones by size class
// (so memory stays near what malloc would hold), and releases everything at
// once when it goes away, so the tree is never freed node by node.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace pith::detail {

class gumbo_arena {
public:
    gumbo_arena() = default;
    ~gumbo_arena();
    gumbo_arena(const gumbo_arena&) = delete;
    gumbo_arena& operator=(const gumbo_arena&) = delete;

    // Options for gumbo_parse_with_options that allocate from this arena.
    // The output must not outlive the arena, and must not be passed to
    // gumbo_destroy_output: the arena's destructor frees it.
    GumboOptions options(GumboOptions base = kGumboDefaultOptions);

    void* allocate(std::size_t size);
    void deallocate(void* p) noexcept;

private:
    struct big_header;
    static constexpr std::size_t granule = 16;           // alignment and size step
    static constexpr std::size_t small_limit = 4096;      // larger blocks come from malloc
    static constexpr std::size_t chunk_bytes = 64 * 1024;
    static constexpr std::size_t classes = small_limit / granule;

    std::vector<std::unique_ptr<char[]>> chunks_;
    char* cursor_ = nullptr;
    std::size_t left_ = 0;
    void* free_[classes + 1] = {};  // free blocks of each size class, linked through their first bytes
    big_header* big_ = nullptr;     // live malloc'd blocks, to free at the end
};

}  // namespace pith::detail
