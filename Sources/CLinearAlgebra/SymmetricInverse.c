#include "LinearAlgebra.h"

#include <math.h>
#include <string.h>

// The hot loops are compiled twice on x86-64, once for AVX2 with FMA, and the
// loader picks the one the processor runs; elsewhere they build as they are.
#if defined(__x86_64__) && defined(__linux__)
#define HOT __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define HOT
#endif

// Eight running sums so the additions can overlap and vectorise without
// reordering a single sum (the result does not depend on the compiler).
static inline double dot(const double *restrict x, const double *restrict y, long count) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    long k = 0;
    for (; k + 8 <= count; k += 8) {
        s0 += x[k] * y[k];
        s1 += x[k + 1] * y[k + 1];
        s2 += x[k + 2] * y[k + 2];
        s3 += x[k + 3] * y[k + 3];
        s4 += x[k + 4] * y[k + 4];
        s5 += x[k + 5] * y[k + 5];
        s6 += x[k + 6] * y[k + 6];
        s7 += x[k + 7] * y[k + 7];
    }
    double sum = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    for (; k < count; k++) sum += x[k] * y[k];
    return sum;
}

static inline void axpy(double *restrict y, double factor, const double *restrict x, long count) {
    for (long k = 0; k < count; k++) y[k] += factor * x[k];
}

// Row-oriented Cholesky, L[i][j] = (A[i][j] − L[i][:j]·L[j][:j]) / L[j][j].
// Taking a block of rows together reads each earlier row once per block
// instead of once per row, which keeps the work in cache.
HOT void marquee_cholesky_band(double *a, long n, long blockStart, long rowStart, long rowEnd) {
    for (long j = 0; j < blockStart; j++) {
        const double *rowJ = a + j * n;
        const double diagonal = rowJ[j];
        for (long i = rowStart; i < rowEnd; i++) {
            double *rowI = a + i * n;
            rowI[j] = (rowI[j] - dot(rowI, rowJ, j)) / diagonal;
        }
    }
}

HOT int marquee_cholesky_block(double *a, long n, long blockStart, long blockEnd) {
    for (long i = blockStart; i < blockEnd; i++) {
        double *rowI = a + i * n;
        for (long j = blockStart; j < i; j++) {
            const double *rowJ = a + j * n;
            rowI[j] = (rowI[j] - dot(rowI, rowJ, j)) / rowJ[j];
        }
        const double pivot = rowI[i] - dot(rowI, rowI, i);
        if (!(pivot > 0)) return (int)(i + 1);
        rowI[i] = sqrt(pivot);
    }
    return 0;
}

// W = L⁻¹ row by row: W[i][:i] = −(Σₖ L[i][k] W[k][:k+1]) / L[i][i] over
// k < i, W[i][i] = 1 / L[i][i]. The sums gather in `scratch` because row i
// of L is still read while they grow.
HOT void marquee_invert_lower_band(double *a, long n, long blockStart, long rowStart, long rowEnd, double *scratch) {
    for (long i = rowStart; i < rowEnd; i++) memset(scratch + (i - blockStart) * n, 0, sizeof(double) * (size_t)n);
    for (long k = 0; k < blockStart; k++) {
        const double *rowK = a + k * n;
        for (long i = rowStart; i < rowEnd; i++) {
            axpy(scratch + (i - blockStart) * n, a[i * n + k], rowK, k + 1);
        }
    }
}

HOT void marquee_invert_lower_block(double *a, long n, long blockStart, long blockEnd, double *scratch) {
    for (long i = blockStart; i < blockEnd; i++) {
        double *sums = scratch + (i - blockStart) * n;
        double *rowI = a + i * n;
        for (long k = blockStart; k < i; k++) axpy(sums, rowI[k], a + k * n, k + 1);
        const double inverse = 1 / rowI[i];
        for (long j = 0; j < i; j++) rowI[j] = -sums[j] * inverse;
        rowI[i] = inverse;
    }
}

// P[r][:] = Σ over k ≥ r of W[k][r] · W[k][:k+1]; the rows of the band stay
// in cache while the rows of W stream past once.
HOT void marquee_gram_of_lower_rows(const double *w, long n, long rowStart, long rowEnd, double *p) {
    for (long r = rowStart; r < rowEnd; r++) memset(p + r * n, 0, sizeof(double) * (size_t)n);
    for (long k = rowStart; k < n; k++) {
        const double *rowK = w + k * n;
        const long last = k + 1 < rowEnd ? k + 1 : rowEnd;
        for (long r = rowStart; r < last; r++) axpy(p + r * n, rowK[r], rowK, k + 1);
    }
}
