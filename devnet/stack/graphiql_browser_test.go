package stack_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/vocab"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestGraphiQLBrowser opens the embedded GraphiQL on a devnet in headless Chromium (chromedp), runs its default
// query, and checks that the result pane shows the consent granted on the devnet, that the docs explorer (fed by
// introspection) lists Query.consents, that a subscription run from GraphiQL (over its WebSocket, through the
// Origin check) shows a new grant, and that the page made no request to any other host. It saves a screenshot
// in the test's temporary directory (and to BEVAN_GRAPHIQL_SCREENSHOT when set).
func TestGraphiQLBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	s := startStack(t, stack.Options{Indexer: &stack.IndexerOptions{HTTPAddr: "127.0.0.1:0"}})
	base := strings.TrimSuffix(s.Indexer.GraphQLURL(), "/graphql")

	// the patient grants the home-care agency a consent
	ec, err := ethclient.DialContext(ctx, s.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	reg, err := bindings.NewConsentRegistry(s.Manifest.ConsentsAddress(), ec)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(devnet.DevKey(devnet.RolePatient), new(big.Int).SetUint64(s.Manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = ctx
	tx, err := reg.Grant(opts, devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleAgency),
		vocab.PurposeMask(vocab.Treat), vocab.ActionMask(vocab.Access), big.NewInt(0), crypto.Keccak256Hash([]byte("browser test scope")))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, ec, tx); err != nil || r.Status != 1 {
		t.Fatalf("grant: %v %v", r, err)
	}
	consentID := waitForConsent(ctx, t, base+"/graphql")

	// the browser: every request it makes is recorded
	br, closeBrowser := newBrowser(ctx, exe, 1400)
	defer closeBrowser()
	bctx := br.ctx

	if err := chromedp.Do(bctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	loadCtx, cancelLoad := context.WithTimeout(bctx, 30*time.Second)
	defer cancelLoad()
	if err := chromedp.Do(loadCtx, chromedp.WaitVisible(".graphiql-execute-button")); err != nil {
		t.Fatalf("GraphiQL did not load within 30 s (assets served? requests: %.500v): %v", br.recorded(), err)
	}
	if err := chromedp.Do(bctx, chromedp.Click(".graphiql-execute-button")); err != nil {
		t.Fatal(err)
	}
	result, err := chromedp.Run(bctx, chromedp.Poll[string](
		`(() => { const r = document.querySelector('.graphiql-response'); return r && r.innerText.includes('consentId') && r.innerText; })()`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("the result pane never showed a consent: %v", err)
	}
	if !strings.Contains(result, consentID) || !strings.Contains(result, "ACTIVE") {
		t.Fatalf("the result pane shows %q, want the devnet's consent %s", result, consentID)
	}

	// the docs explorer: Query's fields, from the introspected schema
	if err := chromedp.Do(bctx, chromedp.Click(`button[aria-label="Show Documentation Explorer"]`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`(() => {
		const d = document.querySelector('.graphiql-doc-explorer');
		const q = d && [...d.querySelectorAll('a')].find((a) => a.innerText.trim() === 'Query');
		if (q) q.click();
		return !!q;
	})()`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("the docs explorer never showed the Query type: %v", err)
	}
	docs, err := chromedp.Run(bctx, chromedp.Poll[string](
		`(() => { const d = document.querySelector('.graphiql-doc-explorer'); return d && /\bconsents\b/.test(d.innerText) && /\bconsentAt\b/.test(d.innerText) && d.innerText; })()`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("the docs explorer does not list Query.consents: %v", err)
	}

	// a subscription over the WebSocket GraphiQL opens to the same server: a new grant shows up in the result pane
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(
		'subscription { consentChanged { kind consentId grantee block } }')`), chromedp.Click(".graphiql-execute-button")); err != nil {
		t.Fatal(err)
	}
	grantee := devnet.DevAddress(devnet.RoleResearch)
	for attempt := 1; ; attempt++ {
		// the subscription registers asynchronously after the click: grant until the pane shows one
		tx, err := reg.Grant(opts, devnet.DevAddress(devnet.RolePatient), grantee, vocab.PurposeMask(vocab.HResch),
			vocab.ActionMask(vocab.Access), big.NewInt(0), crypto.Keccak256Hash([]byte(fmt.Sprint("browser test scope ", attempt))))
		if err != nil {
			t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, ec, tx); err != nil || r.Status != 1 {
			t.Fatalf("grant: %v %v", r, err)
		}
		_, err = chromedp.Run(bctx, chromedp.Poll[bool](
			`(() => { const r = document.querySelector('.graphiql-response'); return !!r && r.innerText.includes('GRANTED') && r.innerText.includes(`+
				"'"+strings.ToLower(grantee.Hex())+"'"+`); })()`, chromedp.WithPollingTimeout(5*time.Second)))
		if err == nil {
			break
		}
		if attempt == 5 {
			t.Fatalf("the subscription never showed a grant in the result pane: %v", err)
		}
	}

	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "graphiql.png")
	if err := os.WriteFile(shot, png, 0o600); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("BEVAN_GRAPHIQL_SCREENSHOT"); p != "" {
		if err := os.WriteFile(p, png, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot: %s (%d bytes); docs explorer: %.80q", shot, len(png), docs)

	t.Logf("%d requests, all to %s", br.checkOnlyTo(t, base, "page", 5), base)
}

// waitForConsent polls the GraphQL API until the indexer has the consent and returns its id.
func waitForConsent(ctx context.Context, t *testing.T, url string) string {
	t.Helper()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		resp, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ consents { edges { node { consentId } } } }"}`))
		if err == nil {
			var out struct {
				Data struct {
					Consents struct {
						Edges []struct{ Node struct{ ConsentID string } }
					}
				}
			}
			err = json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if err == nil && len(out.Data.Consents.Edges) > 0 {
				return out.Data.Consents.Edges[0].Node.ConsentID
			}
		}
		select {
		case <-ctx.Done():
			t.Fatal(errors.Join(fmt.Errorf("the indexer never served the consent"), ctx.Err(), err))
		case <-tick.C:
		}
	}
}
