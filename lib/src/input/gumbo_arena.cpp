#include "input/gumbo_arena.h"

#include <cstdint>
#include <cstdlib>
#include <new>

namespace pith::detail {

// Every block is preceded by a word holding its size class; blocks too large
// for a class say `big` there and sit in a doubly linked list so the ones
// Gumbo never freed can be freed with the arena.
namespace {
constexpr std::size_t big = SIZE_MAX;

void* arena_allocate(void* arena, std::size_t size) { return static_cast<gumbo_arena*>(arena)->allocate(size); }
void arena_deallocate(void* arena, void* p) { static_cast<gumbo_arena*>(arena)->deallocate(p); }
}  // namespace

struct gumbo_arena::big_header {
    big_header* prev;
    big_header* next;
    std::size_t unused;
    std::size_t size_class;  // always `big`; in the same place as a small block's
};

gumbo_arena::~gumbo_arena() {
    for (big_header* b = big_; b != nullptr;) {
        big_header* next = b->next;
        std::free(b);
        b = next;
    }
}

GumboOptions gumbo_arena::options(GumboOptions base) {
    base.allocator = arena_allocate;
    base.deallocator = arena_deallocate;
    base.userdata = this;
    return base;
}

void* gumbo_arena::allocate(std::size_t size) {
    if (size <= small_limit) {
        const std::size_t cls = size == 0 ? 1 : (size + granule - 1) / granule;
        if (void* p = free_[cls]) {
            free_[cls] = *static_cast<void**>(p);
            return p;
        }
        const std::size_t need = granule + cls * granule;
        if (left_ < need) {
            chunks_.emplace_back(new char[chunk_bytes]);  // 16-aligned: operator new[] aligns for max_align_t
            cursor_ = chunks_.back().get();
            left_ = chunk_bytes;
        }
        char* block = cursor_;
        cursor_ += need;
        left_ -= need;
        *reinterpret_cast<std::size_t*>(block + granule - sizeof(std::size_t)) = cls;
        return block + granule;
    }
    static_assert(sizeof(big_header) % granule == 0, "big blocks keep malloc's alignment");
    // Thrown through Gumbo's C frames (built with unwind tables on this
    // platform); pith::clean turns it into a status. Gumbo's own malloc
    // wrapper would hand it NULL and crash.
    auto* b = static_cast<big_header*>(std::malloc(sizeof(big_header) + size));
    if (b == nullptr) throw std::bad_alloc();
    b->prev = nullptr;
    b->next = big_;
    b->unused = 0;
    b->size_class = big;
    if (big_) big_->prev = b;
    big_ = b;
    return b + 1;
}

void gumbo_arena::deallocate(void* p) noexcept {
    if (p == nullptr) return;
    const std::size_t cls = *reinterpret_cast<const std::size_t*>(static_cast<char*>(p) - sizeof(std::size_t));
    if (cls != big) {
        *static_cast<void**>(p) = free_[cls];
        free_[cls] = p;
        return;
    }
    big_header* b = static_cast<big_header*>(p) - 1;
    if (b->prev) b->prev->next = b->next;
    else big_ = b->next;
    if (b->next) b->next->prev = b->prev;
    std::free(b);
}

}  // namespace pith::detail
