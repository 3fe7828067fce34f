// The only C surface Marquee uses. Wide-character curses needs the
// extended XOPEN API, and several curses names are macros or globals
// that Swift cannot import directly; the inline wrappers below expose them.
#ifndef MARQUEE_CNCURSESW_SHIM_H
#define MARQUEE_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <langinfo.h>
// macOS has no ncursesw/ directory: its ncurses.h is the wide one (the
// library is linked per platform in Package.swift).
#if defined(__APPLE__)
#include <ncurses.h>
#include <term.h>
#else
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>
#endif

static inline WINDOW *marquee_stdscr(void) { return stdscr; }
static inline WINDOW *marquee_curscr(void) { return curscr; }
static inline int marquee_color_pair(int n) { return COLOR_PAIR(n); }
static inline int marquee_lines(void) { return LINES; }
static inline int marquee_cols(void) { return COLS; }
static inline attr_t marquee_a_bold(void) { return A_BOLD; }
static inline attr_t marquee_a_reverse(void) { return A_REVERSE; }
static inline attr_t marquee_a_underline(void) { return A_UNDERLINE; }
static inline attr_t marquee_a_dim(void) { return A_DIM; }
static inline attr_t marquee_a_normal(void) { return A_NORMAL; }
static inline int marquee_color_pairs(void) { return COLOR_PAIRS; }
static inline void marquee_set_escdelay(int ms) { set_escdelay(ms); }

// 1 when $TERM names a terminal that can move the cursor (a full screen is
// possible), 0 when it cannot (TERM=dumb), -1 when it is unknown or unset.
// Asked before initscr, which on such terminals draws nothing useful or
// exits with its own message.
static inline int marquee_terminal_can_address(int fd) {
    int error = 0;
    if (setupterm(NULL, fd, &error) != OK) return -1;
    char *address = tigetstr("cup");
    int usable = address != NULL && address != (char *)-1;
    del_curterm(cur_term);
    cur_term = NULL;
    return usable;
}

// True when the locale's character set is UTF-8, so wide characters and
// box drawing reach the screen; under LANG=C they would vanish.
static inline int marquee_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
static inline int marquee_set_style(attr_t attributes, short pair) {
    return wattr_set(stdscr, attributes, pair, NULL);
}

// Mouse: clicks, double clicks and the wheel (buttons 4 and 5). The
// button masks are macros, so the choice is made here.
static inline void marquee_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(200);
}

// 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 anything else.
static inline int marquee_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (event.bstate & BUTTON1_CLICKED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 3;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

// Quit signals (TERM, INT, HUP) only set a flag: the event loop sees it
// within one poll and restores the terminal in normal code. Crash signals
// restore the terminal at once, then die with the default action so the
// exit status still tells what happened.
static volatile sig_atomic_t marquee_received_signal = 0;

static void marquee_on_quit_signal(int number) { marquee_received_signal = number; }

static void marquee_on_crash_signal(int number) {
    endwin();
    signal(number, SIG_DFL);
    raise(number);
}

static inline void marquee_install_signal_handlers(void) {
    // A parent may have left signals blocked (test runners and some shells
    // do); resizing and quitting depend on receiving these.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = marquee_on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = marquee_on_crash_signal;
    crash.sa_flags = SA_RESETHAND;
    sigemptyset(&crash.sa_mask);
    int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &crash, NULL);
}

static inline int marquee_take_signal(void) {
    int number = marquee_received_signal;
    marquee_received_signal = 0;
    return number;
}

#endif
