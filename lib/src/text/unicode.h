// Everything text/ offers, for files that use most of it: UTF-8 (utf8.h),
// character classes (char_class.h), comparison keys (fold.h) and block
// statistics (stats.h), all over utf8proc.
#pragma once

#include "text/char_class.h"
#include "text/fold.h"
#include "text/stats.h"
#include "text/utf8.h"
