/**
 * Float32 linear algebra, the only package with hot loops: {@link tanito.linalg.Matrix} (row-major,
 * rows are samples), {@link tanito.linalg.Params} (one flat parameter vector with per-layer views
 * and a gradient twin), matrix multiply behind the small {@link tanito.linalg.Gemm} interface,
 * element-wise and row kernels, and the splittable seeded {@link tanito.linalg.Rng}.
 *
 * <p>Everything numeric in the layers above is written in terms of these few operations.
 */
package tanito.linalg;
