package stack

import (
	"context"
	"fmt"
	"github.com/prometheus/client_golang/prometheus"
	"log/slog"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/redisproc"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/admission"
)

// RelayerAddr is where `bevan devnet` serves the relayer's API by default.
const RelayerAddr = "127.0.0.1:8547"

// RelayerOptions configures the relayer a devnet runs.
type RelayerOptions struct {
	// RedisURL is the Redis to use; empty starts a redis-server child process on a free port.
	RedisURL string
	// HTTPAddr is where the relayer listens (default RelayerAddr).
	HTTPAddr string
	// Tune, when set, adjusts the configuration before the relayer is built.
	Tune func(*relayer.Config)
	// Registry is the process's Prometheus registry (nil: the relayer makes its own).
	Registry *prometheus.Registry
}

// Relayer is the relayer (and, when it started one, its redis-server) running on a devnet.
type Relayer struct {
	*relayer.Service
	redis    *redisproc.Server
	redisURL string
}

// NewRelayer builds a relayer with the devnet's funded relayer key (devnet.DevKey(devnet.RoleRelayer)) against the
// devnet's chain and manifest. Start serves it; Stop stops it, then the redis-server it started.
func NewRelayer(ctx context.Context, d *devnet.Devnet, opts RelayerOptions, log *slog.Logger) (*Relayer, error) {
	log = log.With("service", "relayer")
	cfg := relayer.DefaultConfig()
	cfg.RPCURL, cfg.ManifestPath, cfg.Key = d.RPCURL(), d.ManifestPath, devnet.DevKey(devnet.RoleRelayer)
	cfg.RedisPrefix = fmt.Sprintf("bevan:relayer:%d", d.Config().ChainID)
	// A devnet's clock is moved forward by hours or days (evm_increaseTime) while wallets sign deadlines from the
	// chain's time; the relayer sees a jump up to a second late, so the production cap on how far a deadline may
	// reach (an anti-stall control) would refuse honest requests here. Opts.Tune can set it again.
	cfg.MaxDeadline = 0
	// The devnet's organisations (trust, GP practice, council, gateway) play the whole story, the demo's cold chain,
	// virtual ward and data-access vote in one chain day: the production per-wallet gas quota (5,000,000 a day,
	// relayer.DefaultConfig) would run out part-way. Ten times it here; the spending cap and the rate limits stay.
	cfg.Limits.GasPerDay *= 10
	cfg.Registry = opts.Registry
	// The devnet's app key (printed with the development keys; the CLI, the demo and the benchmark send it), with
	// no quota or budget of its own: the per-wallet quotas and the spending cap still apply.
	cfg.Admission.Apps = []admission.App{{Name: "devnet", KeySHA256: admission.HashKey(devnet.DevAppKey)}}
	if opts.HTTPAddr != "" {
		cfg.HTTPAddr = opts.HTTPAddr
	}
	r := &Relayer{}
	if opts.RedisURL != "" {
		cfg.RedisURL = opts.RedisURL
	} else {
		rs, err := redisproc.Start(ctx, redisproc.Config{AppendOnly: true}, log)
		if err != nil {
			return nil, fmt.Errorf("relayer needs Redis: give --redis-url or install redis-server: %w", err)
		}
		r.redis, cfg.RedisURL = rs, rs.URL
	}
	if opts.Tune != nil {
		opts.Tune(&cfg)
	}
	s, err := relayer.New(ctx, cfg, log)
	if err != nil {
		if r.redis != nil {
			_ = r.redis.Stop(ctx)
		}
		return nil, err
	}
	r.Service, r.redisURL = s, cfg.RedisURL
	return r, nil
}

// RedisURL is the Redis the relayer uses.
func (r *Relayer) RedisURL() string { return r.redisURL }

// Stop stops the relayer, then the redis-server it started.
func (r *Relayer) Stop(ctx context.Context) error {
	err := r.Service.Stop(ctx)
	if r.redis != nil {
		if rerr := r.redis.Stop(ctx); rerr != nil && err == nil {
			err = rerr
		}
	}
	return err
}
