#ifndef MARQUEE_LINEAR_ALGEBRA_H
#define MARQUEE_LINEAR_ALGEBRA_H

// Dense kernels for inverting a symmetric positive definite matrix (the
// regularised Gram matrix of EASE). Matrices are row-major, n × n, doubles.
// Each step works on a band of rows [rowStart, rowEnd) of one block
// [blockStart, blockEnd) so the caller can run bands on several threads.

// Cholesky, step 1: rows of the block against every earlier column (< blockStart).
void marquee_cholesky_band(double *a, long n, long blockStart, long rowStart, long rowEnd);
// Cholesky, step 2: the block's own columns, one thread. Returns 0, or the
// 1-based row at which the matrix proved not positive definite.
int marquee_cholesky_block(double *a, long n, long blockStart, long blockEnd);

// L⁻¹ in place of L (lower triangle), step 1: rows of the band against every
// earlier row (< blockStart). `scratch` holds (blockEnd − blockStart) × n
// doubles for the whole block; a band uses its own rows of it.
void marquee_invert_lower_band(double *a, long n, long blockStart, long rowStart, long rowEnd, double *scratch);
// Step 2: the block's own rows, one thread, after every band of the block.
void marquee_invert_lower_block(double *a, long n, long blockStart, long blockEnd, double *scratch);

// P = Wᵀ W for lower-triangular W, rows [rowStart, rowEnd) of P (full rows).
void marquee_gram_of_lower_rows(const double *w, long n, long rowStart, long rowEnd, double *p);

#endif
