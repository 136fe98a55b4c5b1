package relayer_test

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
)

// BenchmarkAccept measures the acceptance path alone (an API-only replica: nothing is submitted) on the shared
// devnet and the machine's Redis: b.N requests from fresh wallets, signed before the clock starts, posted over 32
// connections. Besides ns/op it reports cpu-µs/op, the process's CPU time (user + system, the client's HTTP side
// included) per accepted request, which a loaded machine changes far less than wall-clock figures, and
// anvil-cpu-µs/op, the devnet node's (its eth_call simulations); Redis's CPU is not counted (the machine's Redis is
// shared).
//
//	go test ./relayer -run '^$' -bench Accept -benchtime 2000x -cpuprofile /tmp/accept.out
func BenchmarkAccept(b *testing.B) {
	e := newEnv(b, func(c *relayer.Config) { c.Workers = 0 })
	fs := make([]*api.Forward, b.N)
	for i := range fs {
		fs[i] = e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	}
	var next, failed atomic.Int64
	var wg sync.WaitGroup
	anvil := anvilPid(e.d.RPCURL())
	cpu0, anvil0 := cpuTime(), procCPU(anvil)
	b.ResetTimer()
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(fs) {
					return
				}
				if _, err := e.cl.Forward(e.ctx, fs[i]); err != nil {
					if failed.Add(1) == 1 {
						b.Errorf("forward: %v", err)
					}
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
	if anvil > 0 {
		b.ReportMetric(float64((procCPU(anvil)-anvil0).Microseconds())/float64(b.N), "anvil-cpu-µs/op")
	}
}

// anvilPid finds the anvil process serving rpcURL (0 if none is found).
func anvilPid(rpcURL string) int {
	port := rpcURL[strings.LastIndex(rpcURL, ":")+1:]
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile("/proc/" + d.Name() + "/cmdline")
		if err != nil {
			continue
		}
		args := strings.Split(string(raw), "\x00")
		if len(args) == 0 || !strings.HasSuffix(args[0], "anvil") {
			continue
		}
		for i := range len(args) - 1 {
			if args[i] == "--port" && args[i+1] == port {
				return pid
			}
		}
	}
	return 0
}

// procCPU is a process's CPU time so far (user + system, from /proc/<pid>/stat at the kernel's 100 Hz ticks).
func procCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// cpuTime is the process's CPU time so far (user + system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
