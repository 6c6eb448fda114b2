package tanito.data;

import static java.lang.StrictMath.cos;
import static java.lang.StrictMath.sin;

/**
 * The elephant of Mayer, Khairy &amp; Howard, "Drawing an elephant with four complex parameters",
 * Am. J. Phys. 78, 648 (2010), doi:10.1119/1.3254017, which answers von Neumann's "with four
 * parameters I can fit an elephant" (popularised by John D. Cook, "How to fit an elephant",
 * johndcook.com/blog/2011/06/21/how-to-fit-an-elephant, with Piotr Zolnierczuk's Python code).
 *
 * <p>The outline is a truncated Fourier series {@code x(t) = sum_k A_k^x cos kt + B_k^x sin kt},
 * likewise {@code y(t)}, for t in [0, 2 pi), whose only non-zero coefficients are the real and
 * imaginary parts of the paper's Table I: p1 = 50 - 30i gives B_1^x = 50, B_1^y = -30;
 * p2 = 18 + 8i gives B_2^x = 18, B_2^y = 8; p3 = 12 - 10i gives A_3^x = 12, B_3^y = -10;
 * p4 = -14 - 60i gives A_5^x = -14, A_1^y = -60. So
 * <pre>
 *   x(t) =  50 sin t + 18 sin 2t + 12 cos 3t - 14 cos 5t
 *   y(t) = -60 cos t - 30 sin t  +  8 sin 2t - 10 sin 3t
 * </pre>
 * The paper's fifth parameter (the trunk's wiggle and the eye) is left out. As in the paper's
 * coordinates the elephant lies on its back: plot (y, -x) to see it standing, as Zolnierczuk's
 * code does. Its bounding box is x in [-83.0, 61.3], y in [-70.6, 83.9].
 */
final class Elephant {
    /**
     * The outline's size: its root-mean-square distance from its centre (the origin, since no
     * k = 0 term is set), {@code sqrt(sum (A^2 + B^2) / 2)} over all coefficients = sqrt(3914), about 62.6.
     */
    static final double SCALE = StrictMath.sqrt((50 * 50 + 30 * 30 + 18 * 18 + 8 * 8 + 12 * 12 + 10 * 10 + 14 * 14
            + 60 * 60) / 2.0);

    private Elephant() {}

    static double x(double t) {
        return 50 * sin(t) + 18 * sin(2 * t) + 12 * cos(3 * t) - 14 * cos(5 * t);
    }

    static double y(double t) {
        return -60 * cos(t) - 30 * sin(t) + 8 * sin(2 * t) - 10 * sin(3 * t);
    }
}
