/* icall_char.h — invariant Unicode case mapping and general categories for
 * UTF-16 code units, shared by Char and String internal calls. */
#ifndef CILANTRO_ICALL_CHAR_H
#define CILANTRO_ICALL_CHAR_H

#include <stdint.h>

uint16_t icall_char_upper(uint16_t c);
uint16_t icall_char_lower(uint16_t c);
int icall_char_category(uint16_t c);   /* System.Globalization.UnicodeCategory value */

#endif
