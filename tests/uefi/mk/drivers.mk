# DXE drivers (docs/drivers.md): the examples, each built with uefi-cc
# alone, and the programs that load, use and unload them
# (tests/uefi/suites/drivers.sh).
DRV_DIR := $(BUILD)/examples/drivers

$(DRV_DIR)/kv.efi: examples/drivers/kv_driver.c examples/drivers/kv.h $(LIB) $(CRT0_DRIVER_LIB) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) --boot-service-driver -O2 -Wall -Wextra -Werror -o $@ $<

UEFI_TESTS += t_drv_kv t_drv_kv_use
uefi-tests-build: $(DRV_DIR)/kv.efi

$(DRV_DIR)/tarfs.efi: examples/drivers/tarfs.c $(LIB) $(CRT0_DRIVER_LIB) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) --boot-service-driver -O2 -Wall -Wextra -Werror -o $@ $<

UEFI_TESTS += t_drv_tarfs
uefi-tests-build: $(DRV_DIR)/tarfs.efi

$(DRV_DIR)/rtdemo.efi: examples/drivers/rtdemo.c examples/drivers/rtdemo.h $(LIB) $(CRT0_DRIVER_LIB) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) --runtime-driver -O2 -Wall -Wextra -Werror -o $@ $<

UEFI_TESTS += t_drv_rt
UEFI_X86_ONLY += t_drv_rt
uefi-tests-build: $(DRV_DIR)/rtdemo.efi
# The control: the same driver without registering the table's function
# pointer for conversion; the loader's call must then fault.
$(DRV_DIR)/control/rtdemo.efi: examples/drivers/rtdemo.c examples/drivers/rtdemo.h $(LIB) $(CRT0_DRIVER_LIB) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) --runtime-driver -DRTDEMO_CONTROL -O2 -Wall -Wextra -Werror -o $@ $<
uefi-tests-build: $(DRV_DIR)/control/rtdemo.efi
