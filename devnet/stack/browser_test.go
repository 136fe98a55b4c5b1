package stack_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
)

// startStack starts a stack of opts on a devnet for a browser test, within four minutes (the whole stack on a loaded
// machine), and stops it when the test ends.
func startStack(t *testing.T, opts stack.Options) *stack.Stack {
	t.Helper()
	return stacktest.StartWithin(t, devnettest.Config(t.TempDir()), opts, 4*time.Minute)
}

// chromium finds Debian's Chromium (scripts/ensure-services.sh installs it for `make test`).
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("BEVAN_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("chromium is not installed and could not be: `make test` installs it (scripts/ensure-services.sh runs " +
		"`apt-get install chromium` as root); set BEVAN_CHROMIUM to another Chromium binary")
	return ""
}

// browser is the browser tests' headless Chromium (chromedp): ctx drives its page, and it records the URL of every
// request and WebSocket the page opens.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
}

// newBrowser starts Chromium (exe, from chromium) under ctx with a window width×900; close ends it.
func newBrowser(ctx context.Context, exe string, width int) (b *browser, close func()) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(width, 900))...)
	b = &browser{}
	bctx, cancelBrowser := chromedp.NewContext(alloc, chromedp.WithListener(func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, e.Request.URL)
		case *network.EventWebSocketCreated:
			b.requests = append(b.requests, e.URL)
		}
	}))
	b.ctx = bctx
	return b, func() { cancelBrowser(); cancelAlloc() }
}

// recorded is a copy of the URLs the page has requested so far.
func (b *browser) recorded() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.requests...)
}

// checkOnlyTo fails the test for any request who (the page, the app) made outside the Bevan server at base (over
// HTTP or a WebSocket; data: and blob: URLs are the page's own), and when fewer than min were recorded (the
// listener not working). It returns how many there were.
func (b *browser) checkOnlyTo(t *testing.T, base, who string, min int) int {
	t.Helper()
	requests := b.recorded()
	wsBase := "ws" + strings.TrimPrefix(base, "http")
	for _, u := range requests {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, wsBase+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the %s requested %.200s, outside the Bevan server %s", who, u, base)
		}
	}
	if len(requests) < min {
		t.Fatalf("only %d requests recorded (%.500v): the network listener is not working", len(requests), requests)
	}
	return len(requests)
}
