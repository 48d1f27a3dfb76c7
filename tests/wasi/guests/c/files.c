// A C program built with clang and wasi-libc, run by the WASI tests. It exercises the
// filesystem of the pre-opened directory `/data` through the C library, prints one line
// per check, and exits with the status given as its last argument.

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void check(const char *what, int ok) { printf("%s: %s\n", what, ok ? "ok" : "FAILED"); }

static int file_equals(const char *path, const char *expected) {
  char buf[256] = {0};
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  return n == strlen(expected) && memcmp(buf, expected, n) == 0;
}

int main(int argc, char **argv) {
  printf("args: %d %s\n", argc, argc > 1 ? argv[1] : "");
  const char *greeting = getenv("GREETING");
  printf("GREETING=%s\n", greeting ? greeting : "(unset)");

  // Create, write, read back.
  FILE *f = fopen("/data/a.txt", "w");
  check("create", f != NULL);
  fputs("hello", f);
  fclose(f);
  check("read", file_equals("/data/a.txt", "hello"));

  // Append, seek, overwrite in the middle.
  f = fopen("/data/a.txt", "a");
  fputs(" world", f);
  fclose(f);
  check("append", file_equals("/data/a.txt", "hello world"));
  int fd = open("/data/a.txt", O_RDWR);
  check("seek", lseek(fd, 6, SEEK_SET) == 6);
  check("write at offset", write(fd, "WORLD", 5) == 5);
  check("pread", ({ char b[5]; pread(fd, b, 5, 0) == 5 && memcmp(b, "hello", 5) == 0; }));
  check("truncate", ftruncate(fd, 5) == 0);
  close(fd);
  check("after truncate", file_equals("/data/a.txt", "hello"));

  // Stat.
  struct stat st;
  check("stat", stat("/data/a.txt", &st) == 0 && st.st_size == 5 && S_ISREG(st.st_mode));

  // Directories and readdir.
  check("mkdir", mkdir("/data/sub", 0755) == 0);
  check("mkdir again is EEXIST", mkdir("/data/sub", 0755) == -1 && errno == EEXIST);
  check("rename", rename("/data/a.txt", "/data/sub/b.txt") == 0);
  DIR *d = opendir("/data/sub");
  int found = 0;
  for (struct dirent *e; d && (e = readdir(d));) found |= strcmp(e->d_name, "b.txt") == 0;
  if (d) closedir(d);
  check("readdir", found);

  // Symbolic and hard links.
  check("symlink", symlink("sub/b.txt", "/data/link") == 0);
  char target[64] = {0};
  check("readlink", readlink("/data/link", target, sizeof target) == 9 && strcmp(target, "sub/b.txt") == 0);
  check("read through symlink", file_equals("/data/link", "hello"));
  check("hard link", link("/data/sub/b.txt", "/data/hard.txt") == 0);
  check("nlink", stat("/data/hard.txt", &st) == 0 && st.st_nlink == 2);

  // Escapes are refused.
  check("no escape by ..", open("/data/../etc/passwd", O_RDONLY) == -1);
  check("no absolute path outside", fopen("/etc/passwd", "r") == NULL);

  // Removal.
  check("unlink", unlink("/data/link") == 0 && unlink("/data/hard.txt") == 0);
  check("rmdir non-empty fails", rmdir("/data/sub") == -1);
  check("remove", unlink("/data/sub/b.txt") == 0 && rmdir("/data/sub") == 0);

  // Clocks, randomness, stdin.
  struct timespec ts;
  check("clock", clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec > 1577836800);
  unsigned char r[16];
  check("random", getentropy(r, sizeof r) == 0);
  char line[64] = {0};
  check("stdin", fgets(line, sizeof line, stdin) != NULL && strcmp(line, "from the host\n") == 0);

  fflush(stdout);
  return argc > 2 ? atoi(argv[argc - 1]) : 0;
}
