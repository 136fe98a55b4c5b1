package stack

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"

	"github.com/bevan-health/bevan/analytics/access"
	"github.com/bevan-health/bevan/devnet"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/redis/go-redis/v9"
)

// AnalyticsPath is where a devnet serves the analytics endpoint (package analytics/access) on the indexer's HTTP
// server: DAO-approved datasets for signed-in member organisations.
const AnalyticsPath = "/analytics"

// AnalyticsURL is the analytics endpoint's base URL once started.
func (ix *Indexer) AnalyticsURL() string { return "http://" + Dialable(ix.Addr()) + AnalyticsPath }

// mountAnalytics serves the analytics endpoint at /analytics/ on the indexer's HTTP server, from the indexer's own
// store, with sign-in nonces and sessions in the relayer's Redis and each release anchored through the relayer by
// the devnet's analytics key (DataAccess RELEASER_ROLE). It is built at its first request, once the stack has
// started (the listen address and the relayer are known then); without a relayer it answers 503.
func mountAnalytics(ix *Indexer, d *devnet.Devnet, rel func() *Relayer, log *slog.Logger) {
	var (
		once sync.Once
		h    http.Handler
		err  error
	)
	ix.Mount(AnalyticsPath+"/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { h, err = newAnalytics(ix, d, rel(), log) })
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, `{"error":{"code":"internal","message":%q}}`+"\n", "analytics endpoint unavailable on this devnet: "+err.Error())
			return
		}
		h.ServeHTTP(w, r)
	}))
}

func newAnalytics(ix *Indexer, d *devnet.Devnet, rel *Relayer, log *slog.Logger) (http.Handler, error) {
	if rel == nil {
		return nil, errors.New("the devnet runs no relayer to anchor releases")
	}
	opt, err := redis.ParseURL(rel.RedisURL())
	if err != nil {
		return nil, fmt.Errorf("relayer's Redis: %w", err)
	}
	rc := relayerclient.New(rel.URL(), nil)
	rc.AppKey = devnet.DevAppKey
	rdb := redis.NewClient(opt)
	srv, err := access.New(access.Config{BaseURL: ix.AnalyticsURL(), Store: ix.Store(), Chain: d.Client, Manifest: d.Manifest,
		Relayer: rc, Key: devnet.DevKey(devnet.RoleAnalytics), Redis: rdb, RedisPrefix: "bevan:analytics",
		Log: log.With("service", "analytics")})
	if err != nil {
		return nil, errors.Join(err, rdb.Close())
	}
	ix.onStop(rdb.Close)
	return http.StripPrefix(AnalyticsPath, srv.Handler()), nil
}
