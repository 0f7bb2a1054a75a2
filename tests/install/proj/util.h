unsigned checksum(int n, char **words);
/* abi.c: the ABI probe; prints its verdict, returns how many checks failed. */
int abi_probe(void);
