package relayer

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/redisproc"
)

// DevnetOptions configures the relayer `bevan devnet` runs.
type DevnetOptions struct {
	// RedisURL is the Redis to use; empty starts a redis-server child process on a free port.
	RedisURL string
	// HTTPAddr is where the relayer listens (default 127.0.0.1:8547).
	HTTPAddr string
	// Log is the logger (nil: slog.Default()).
	Log *slog.Logger
	// Tune, when set, adjusts the configuration before the relayer is built.
	Tune func(*Config)
}

// DevnetService is the relayer (and, when it started one, its redis-server) running on a devnet.
type DevnetService struct {
	*Service
	redis *redisproc.Server
}

// Stop stops the relayer, then the redis-server it started.
func (d *DevnetService) Stop(ctx context.Context) error {
	err := d.Service.Stop(ctx)
	if d.redis != nil {
		if rerr := d.redis.Stop(ctx); rerr != nil && err == nil {
			err = rerr
		}
	}
	return err
}

// RedisURL is the Redis the relayer uses.
func (d *DevnetService) RedisURL() string { return d.Service.cfg.RedisURL }

// NewDevnetFactory returns the devnet service factory that runs a relayer with the devnet's funded relayer key
// (devnet.DevKey(devnet.RoleRelayer)) against the devnet's chain and manifest. The factory's service is a
// *DevnetService.
func NewDevnetFactory(opts DevnetOptions) devnet.ServiceFactory {
	return func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
		log := opts.Log
		if log == nil {
			log = slog.Default()
		}
		svc := &DevnetService{}
		cfg := DefaultConfig()
		cfg.RPCURL, cfg.ManifestPath, cfg.Key = d.RPCURL(), d.ManifestPath, devnet.DevKey(devnet.RoleRelayer)
		cfg.RedisPrefix = fmt.Sprintf("bevan:relayer:%d", d.Config().ChainID)
		if opts.HTTPAddr != "" {
			cfg.HTTPAddr = opts.HTTPAddr
		}
		if opts.RedisURL != "" {
			cfg.RedisURL = opts.RedisURL
		} else {
			r, err := redisproc.Start(ctx, redisproc.Config{AppendOnly: true}, log)
			if err != nil {
				return nil, fmt.Errorf("relayer needs Redis: give --redis-url or install redis-server: %w", err)
			}
			svc.redis = r
			cfg.RedisURL = r.URL
		}
		if opts.Tune != nil {
			opts.Tune(&cfg)
		}
		s, err := New(ctx, cfg, log.With("service", "relayer"))
		if err != nil {
			if svc.redis != nil {
				_ = svc.redis.Stop(ctx)
			}
			return nil, err
		}
		svc.Service = s
		return svc, nil
	}
}
