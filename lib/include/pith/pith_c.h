/* pith — the C API: the same cleaner as pith.h, for C and for other languages'
 * foreign function interfaces.
 *
 *     pith_result* r = pith_clean(bytes, length, NULL);  // NULL: default options
 *     if (pith_result_status(r) == PITH_OK) fputs(pith_result_text(r, NULL), stdout);
 *     else fprintf(stderr, "%s\n", pith_result_message(r, NULL));
 *     pith_result_free(r);
 *
 * Ownership: pith_clean returns a handle the caller owns and must release
 * with pith_result_free (exactly once; freeing NULL does nothing). Every
 * string an accessor returns belongs to the handle: it stays valid, unchanged,
 * until pith_result_free, and is NUL-terminated UTF-8; the optional `length`
 * out-parameter receives its length in bytes (the text may not contain NUL,
 * but the length saves a strlen). Names returned by pith_*_name are static.
 *
 * Errors: nothing here throws or aborts. Accessors given NULL, or a block
 * index out of range, return an empty string, 0 or PITH_INVALID_ARGUMENT.
 * pith_clean returns NULL only when it cannot allocate the handle itself.
 *
 * Threads: handles are independent; any number of threads may call
 * pith_clean at once. One handle may be read from several threads.
 */
#ifndef PITH_PITH_C_H
#define PITH_PITH_C_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The same values as pith::input_mode. */
typedef enum pith_mode { PITH_MODE_DETECT = 0, PITH_MODE_TEXT = 1, PITH_MODE_HTML = 2 } pith_mode;

/* The same values as pith::status, plus PITH_INVALID_ARGUMENT for calls
 * the C API itself refuses (a NULL handle, NULL data with a length). */
typedef enum pith_status {
    PITH_OK = 0,
    PITH_EMPTY_INPUT = 1,        /* nothing but white space: no blocks; not an error for batches */
    PITH_UNSUPPORTED_INPUT = 2,  /* binary data, HTML before the HTML front end exists, out of memory */
    PITH_TOO_LARGE = 3,          /* longer than max_input_bytes */
    PITH_TIMED_OUT = 4,          /* max_millis ran out: the result holds partial text (pith.h) */
    PITH_UNKNOWN_ENCODING = 5,   /* an encoding label pith does not know (C++ options only) */
    PITH_INVALID_ARGUMENT = 100
} pith_status;

/* The same values as pith::comments_policy. */
typedef enum pith_comments {
    PITH_COMMENTS_AUTOMATIC = 0, /* dropped, except on forum pages, whose posts are the content */
    PITH_COMMENTS_INCLUDE = 1,   /* kept in the text, in place */
    PITH_COMMENTS_EXCLUDE = 2    /* dropped everywhere (a thread that is most of the page stays) */
} pith_comments;

/* The same values as pith::favour: which error the learned models lean against. */
typedef enum pith_favour {
    PITH_FAVOUR_BALANCE = 0,
    PITH_FAVOUR_PRECISION = 1,
    PITH_FAVOUR_RECALL = 2
} pith_favour;

typedef struct pith_options {
    pith_mode mode;          /* default PITH_MODE_DETECT */
    size_t max_input_bytes;  /* default 256 MiB (pith::default_max_input_bytes); 0 means the default */
    uint64_t max_millis;     /* time budget in ms, 0 (the default) = none; see pith::options::max_millis */
    pith_comments comments;  /* default PITH_COMMENTS_AUTOMATIC */

    pith_favour favour;      /* default PITH_FAVOUR_BALANCE; see pith::favour (--precision / --recall) */
} pith_options;

typedef struct pith_result pith_result; /* opaque */

/* Fills `opts` with the defaults. */
void pith_options_init(pith_options* opts);

/* Cleans `length` bytes at `data` (HTML or a text scrape; need not be
 * NUL-terminated). `opts` may be NULL for the defaults. */
pith_result* pith_clean(const char* data, size_t length, const pith_options* opts);

void pith_result_free(pith_result* r);

pith_status pith_result_status(const pith_result* r);
/* Non-zero for PITH_OK and PITH_EMPTY_INPUT. */
int pith_result_ok(const pith_result* r);
/* Empty when ok; otherwise what went wrong. */
const char* pith_result_message(const pith_result* r, size_t* length);
/* The mode actually used (never PITH_MODE_DETECT after a successful clean). */
pith_mode pith_result_mode(const pith_result* r);
/* The headline, empty when none was found (it is not part of the text). */
const char* pith_result_title(const pith_result* r, size_t* length);
/* What kind of page it is, as pith.h's to_string(page_type): "article",
 * "forum", "product", "collection", "listing", "documentation", "service",
 * "not_content", or "unknown" (text mode, NULL). */
const char* pith_result_page_type(const pith_result* r);
/* The classifier's probability for that type, 0..1 (0 when unknown). */
double pith_result_page_type_confidence(const pith_result* r);
/* Kept blocks separated by one blank line, ending in '\n'. */
const char* pith_result_text(const pith_result* r, size_t* length);
/* The reader comments found (pith.h's result::comments), joined as the text
 * is, whatever pith_options.comments says; empty when none were found. */
const char* pith_result_comments(const pith_result* r, size_t* length);

/* Every block looked at, kept or not, in document order. */
size_t pith_result_block_count(const pith_result* r);
const char* pith_result_block_text(const pith_result* r, size_t index, size_t* length);
/* 1 when the block is part of the body, else 0. */
int pith_result_block_kept(const pith_result* r, size_t index);
/* Stable lower-case names, as in pith.h's to_string: "paragraph", "heading",
 * ...; "body", "caption", "marker", ... */
const char* pith_result_block_kind(const pith_result* r, size_t index);
const char* pith_result_block_reason(const pith_result* r, size_t index);
/* What triggered the decision, for people; often empty. */
const char* pith_result_block_detail(const pith_result* r, size_t index, size_t* length);

/* HTML mode: the charset the bytes were read in; empty in text mode. */
const char* pith_result_encoding(const pith_result* r, size_t* length);
/* Limits that were hit (the text is kept), as pith.h's result::warnings. */
size_t pith_result_warning_count(const pith_result* r);
const char* pith_result_warning(const pith_result* r, size_t index, size_t* length);
/* pith.h's block_structure: 1-6 for <h1>-<h6> (else 0), and the list items
 * around the block (1 = top level, 0 = not in a list). */
int pith_result_block_heading_level(const pith_result* r, size_t index);
int pith_result_block_list_depth(const pith_result* r, size_t index);
/* The page's metadata (pith::metadata in pith.h): each string is empty when
 * the page gives none. Dates are ISO 8601 ("2025-09-04" or
 * "2025-09-04T10:30:00+02:00"). */
const char* pith_result_meta_title(const pith_result* r, size_t* length);
size_t pith_result_author_count(const pith_result* r);
const char* pith_result_author(const pith_result* r, size_t index, size_t* length);
const char* pith_result_date_published(const pith_result* r, size_t* length);
const char* pith_result_date_modified(const pith_result* r, size_t* length);
const char* pith_result_site_name(const pith_result* r, size_t* length);
const char* pith_result_description(const pith_result* r, size_t* length);
const char* pith_result_canonical_url(const pith_result* r, size_t* length);
/* Declared ("en-US"), else detected ("en"); pith_result_language_detected
 * is 1 in the second case. */
const char* pith_result_language(const pith_result* r, size_t* length);
int pith_result_language_detected(const pith_result* r);
const char* pith_result_image(const pith_result* r, size_t* length);
size_t pith_result_tag_count(const pith_result* r);
const char* pith_result_tag(const pith_result* r, size_t index, size_t* length);

/* "ok", "empty_input", ..., "invalid_argument". */
const char* pith_status_name(pith_status status);
/* Library version, "MAJOR.MINOR.PATCH". */
const char* pith_version(void);

#ifdef __cplusplus
}
#endif

#endif /* PITH_PITH_C_H */
