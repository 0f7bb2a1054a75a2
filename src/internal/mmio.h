/* Memory-mapped device registers: volatile accesses of the register's
 * width at a physical address (UEFI maps memory one to one, and maps
 * device memory uncached, so each access reaches the device in program
 * order). */
#ifndef __INTERNAL_MMIO_H
#define __INTERNAL_MMIO_H

#include <stdint.h>

static inline unsigned __mmio_read(uintptr_t a, unsigned width)
{
	switch (width) {
	case 4: return *(volatile uint32_t *)a;
	case 2: return *(volatile uint16_t *)a;
	default: return *(volatile uint8_t *)a;
	}
}

static inline void __mmio_write(uintptr_t a, unsigned width, unsigned v)
{
	switch (width) {
	case 4: *(volatile uint32_t *)a = v; break;
	case 2: *(volatile uint16_t *)a = (uint16_t)v; break;
	default: *(volatile uint8_t *)a = (uint8_t)v; break;
	}
}

#endif
