/* icall_math.c — System.Math functions backed by libm. */
#include "icalls/icalls.h"
#include "vm.h"

#include <math.h>

#define A(i) (args[(i)])
#define MATH1(name, expr) \
    static void name(Thread *t, Slot *args, Slot *ret) { (void)t; double x = A(0).r8; ret->r8 = (expr); }
#define MATH2(name, expr) \
    static void name(Thread *t, Slot *args, Slot *ret) { (void)t; double x = A(0).r8, y = A(1).r8; ret->r8 = (expr); }

MATH1(m_sqrt, sqrt(x))
MATH1(m_sin, sin(x))
MATH1(m_cos, cos(x))
MATH1(m_tan, tan(x))
MATH1(m_asin, asin(x))
MATH1(m_acos, acos(x))
MATH1(m_atan, atan(x))
MATH1(m_sinh, sinh(x))
MATH1(m_cosh, cosh(x))
MATH1(m_tanh, tanh(x))
MATH1(m_asinh, asinh(x))
MATH1(m_acosh, acosh(x))
MATH1(m_atanh, atanh(x))
MATH1(m_exp, exp(x))
MATH1(m_log, log(x))
MATH1(m_log10, log10(x))
MATH1(m_log2, log2(x))
MATH1(m_floor, floor(x))
MATH1(m_ceiling, ceil(x))
/* .NET calls the C library's cbrt and float functions (sinf, cbrtf, ...),
 * so a native build calls them too and prints what .NET prints on the same
 * system (glibc: cbrt(27) = 3.0000000000000004, not always the double
 * function rounded to float). Emscripten's libm (musl) is less accurate
 * than glibc for these (cbrt(2), tanf(3) one ulp off): the wasm build
 * refines cbrt by a Newton step and rounds the double functions to float,
 * which agrees with glibc far more often. */
#ifdef __EMSCRIPTEN__
static double refined_cbrt(double x) {
    double r = cbrt(x);
    if (r == 0 || !isfinite(r)) return r;
    double n = r - (r * r * r - x) / (3 * r * r);
    return fabs(n * n * n - x) < fabs(r * r * r - x) ? n : r;
}
MATH1(m_cbrt, refined_cbrt(x))
#define FLOAT_FN(ff, fd) (float)fd
#else
MATH1(m_cbrt, cbrt(x))
#define FLOAT_FN(ff, fd) ff
#endif
MATH1(m_round_even, nearbyint(x))   /* default rounding mode: to nearest, ties to even */
MATH1(m_trunc, trunc(x))
MATH2(m_atan2, atan2(x, y))
MATH2(m_ieee_rem, remainder(x, y))

MATH2(m_pow, pow(x, y))

static void m_fma(Thread *t, Slot *args, Slot *ret) { (void)t; ret->r8 = fma(A(0).r8, A(1).r8, A(2).r8); }

/* MathF (see m_cbrt above) */
#define MATHF1(name, ff, fd) \
    static void name(Thread *t, Slot *args, Slot *ret) { (void)t; ret->r4 = FLOAT_FN(ff, fd)(A(0).r4); }
#define MATHF2(name, ff, fd) \
    static void name(Thread *t, Slot *args, Slot *ret) { (void)t; ret->r4 = FLOAT_FN(ff, fd)(A(0).r4, A(1).r4); }
MATHF1(mf_sin, sinf, sin) MATHF1(mf_cos, cosf, cos) MATHF1(mf_tan, tanf, tan)
MATHF1(mf_asin, asinf, asin) MATHF1(mf_acos, acosf, acos) MATHF1(mf_atan, atanf, atan)
MATHF1(mf_sinh, sinhf, sinh) MATHF1(mf_cosh, coshf, cosh) MATHF1(mf_tanh, tanhf, tanh)
MATHF1(mf_asinh, asinhf, asinh) MATHF1(mf_acosh, acoshf, acosh) MATHF1(mf_atanh, atanhf, atanh)
MATHF1(mf_exp, expf, exp) MATHF1(mf_log, logf, log) MATHF1(mf_log10, log10f, log10) MATHF1(mf_log2, log2f, log2)
MATHF1(mf_cbrt, cbrtf, refined_cbrt)
MATHF2(mf_atan2, atan2f, atan2) MATHF2(mf_pow, powf, pow)
static void mf_fma(Thread *t, Slot *args, Slot *ret) { (void)t; ret->r4 = fmaf(A(0).r4, A(1).r4, A(2).r4); }

const IcallEntry icall_math_entries[] = {
    {"System.Math::Sqrt(System.Double)", m_sqrt},
    {"System.Math::Sin(System.Double)", m_sin},
    {"System.Math::Cos(System.Double)", m_cos},
    {"System.Math::Tan(System.Double)", m_tan},
    {"System.Math::Asin(System.Double)", m_asin},
    {"System.Math::Acos(System.Double)", m_acos},
    {"System.Math::Atan(System.Double)", m_atan},
    {"System.Math::Atan2(System.Double,System.Double)", m_atan2},
    {"System.Math::Sinh(System.Double)", m_sinh},
    {"System.Math::Cosh(System.Double)", m_cosh},
    {"System.Math::Tanh(System.Double)", m_tanh},
    {"System.Math::Asinh(System.Double)", m_asinh},
    {"System.Math::Acosh(System.Double)", m_acosh},
    {"System.Math::Atanh(System.Double)", m_atanh},
    {"System.Math::Exp(System.Double)", m_exp},
    {"System.Math::Log(System.Double)", m_log},
    {"System.Math::Log10(System.Double)", m_log10},
    {"System.Math::Log2(System.Double)", m_log2},
    {"System.Math::Pow(System.Double,System.Double)", m_pow},
    {"System.Math::Floor(System.Double)", m_floor},
    {"System.Math::Ceiling(System.Double)", m_ceiling},
    {"System.Math::Cbrt(System.Double)", m_cbrt},
    {"System.Math::IEEERemainder(System.Double,System.Double)", m_ieee_rem},
    {"System.Math::FusedMultiplyAdd(System.Double,System.Double,System.Double)", m_fma},
    {"System.Math::InternalRoundEven(System.Double)", m_round_even},
    {"System.Math::InternalTruncate(System.Double)", m_trunc},
    {"System.MathF::Sin(System.Single)", mf_sin},
    {"System.MathF::Cos(System.Single)", mf_cos},
    {"System.MathF::Tan(System.Single)", mf_tan},
    {"System.MathF::Asin(System.Single)", mf_asin},
    {"System.MathF::Acos(System.Single)", mf_acos},
    {"System.MathF::Atan(System.Single)", mf_atan},
    {"System.MathF::Atan2(System.Single,System.Single)", mf_atan2},
    {"System.MathF::Sinh(System.Single)", mf_sinh},
    {"System.MathF::Cosh(System.Single)", mf_cosh},
    {"System.MathF::Tanh(System.Single)", mf_tanh},
    {"System.MathF::Asinh(System.Single)", mf_asinh},
    {"System.MathF::Acosh(System.Single)", mf_acosh},
    {"System.MathF::Atanh(System.Single)", mf_atanh},
    {"System.MathF::Exp(System.Single)", mf_exp},
    {"System.MathF::Log(System.Single)", mf_log},
    {"System.MathF::Log10(System.Single)", mf_log10},
    {"System.MathF::Log2(System.Single)", mf_log2},
    {"System.MathF::Pow(System.Single,System.Single)", mf_pow},
    {"System.MathF::Cbrt(System.Single)", mf_cbrt},
    {"System.MathF::FusedMultiplyAdd(System.Single,System.Single,System.Single)", mf_fma},
    {NULL, NULL},
};
