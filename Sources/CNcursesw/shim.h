// The only C surface Marquee uses. Wide-character curses needs the
// extended XOPEN API, and several curses names are macros or globals
// that Swift cannot import directly; the inline wrappers below expose them.
#ifndef MARQUEE_CNCURSESW_SHIM_H
#define MARQUEE_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *marquee_stdscr(void) { return stdscr; }
static inline int marquee_color_pair(int n) { return COLOR_PAIR(n); }
static inline int marquee_lines(void) { return LINES; }
static inline int marquee_cols(void) { return COLS; }
static inline attr_t marquee_a_bold(void) { return A_BOLD; }
static inline attr_t marquee_a_reverse(void) { return A_REVERSE; }
static inline attr_t marquee_a_underline(void) { return A_UNDERLINE; }
static inline attr_t marquee_a_dim(void) { return A_DIM; }
static inline attr_t marquee_a_normal(void) { return A_NORMAL; }
static inline int marquee_key_code_yes(void) { return KEY_CODE_YES; }
static inline int marquee_err(void) { return ERR; }
static inline int marquee_colors(void) { return COLORS; }
static inline int marquee_color_pairs(void) { return COLOR_PAIRS; }
static inline void marquee_set_escdelay(int ms) { set_escdelay(ms); }

#endif
