package stack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/metrics"
)

// Options chooses the services a Stack runs next to its chain.
type Options struct {
	// Relayer, when set, runs a relayer.
	Relayer *RelayerOptions
	// Indexer, when set, runs the indexer with its GraphQL server.
	Indexer *IndexerOptions
}

// Stack is a devnet with Bevan's services attached. Relayer and Indexer are set once Start has run (when asked
// for in Options); Stop stops them, last started first, then the chain.
type Stack struct {
	*devnet.Devnet
	Relayer *Relayer
	Indexer *Indexer
}

// New checks cfg and returns a stack that Start brings up: the chain with the suite deployed, then the relayer,
// then the indexer.
func New(cfg devnet.Config, log *slog.Logger, opts Options) (*Stack, error) {
	s := &Stack{}
	var factories []devnet.ServiceFactory
	reg := metrics.NewRegistry() // one per process: the services register on it, each serves it at /metrics
	if o := opts.Relayer; o != nil {
		o := *o
		if o.Registry == nil {
			o.Registry = reg
		}
		factories = append(factories, factory(func(ctx context.Context, d *devnet.Devnet) (*Relayer, error) {
			return NewRelayer(ctx, d, o, log)
		}, &s.Relayer, "relayer", o.HTTPAddr, RelayerAddr))
	}
	if o := opts.Indexer; o != nil {
		o := *o
		if o.Registry == nil {
			o.Registry = reg
		}
		factories = append(factories, factory(func(ctx context.Context, d *devnet.Devnet) (*Indexer, error) {
			ix, err := NewIndexer(ctx, d, o, log)
			if err != nil {
				return nil, err
			}
			if err := mountWebApp(ix, d, func() string {
				if s.Relayer == nil {
					return ""
				}
				return s.Relayer.URL()
			}, log); err != nil {
				return nil, errors.Join(err, ix.removeTemp())
			}
			mountAnalytics(ix, d, func() *Relayer { return s.Relayer }, log)
			return ix, nil
		}, &s.Indexer, "indexer/GraphQL server", o.HTTPAddr, IndexerAddr))
	}
	d, err := devnet.New(cfg, log, factories...)
	if err != nil {
		return nil, err
	}
	s.Devnet = d
	return s, nil
}

// factory is the devnet's factory of a service: build it on the devnet, keep it in *dst, and name it "<what> on
// <addr>" (def when addr is empty).
func factory[T devnet.Service](build func(context.Context, *devnet.Devnet) (T, error), dst *T, what, addr, def string) devnet.ServiceFactory {
	if addr == "" {
		addr = def
	}
	return func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
		v, err := build(ctx, d)
		if err != nil {
			return nil, err
		}
		*dst = v
		return named{v, what + " on " + addr}, nil
	}
}

// named says which service failed to start, and releases what it holds then (a redis-server, a temporary index).
type named struct {
	devnet.Service
	what string
}

func (s named) Start(ctx context.Context) error {
	if err := s.Service.Start(ctx); err != nil {
		_ = s.Service.Stop(context.WithoutCancel(ctx))
		return fmt.Errorf("%s: %w", s.what, err)
	}
	return nil
}

// Dialable turns a listener address into one a client can use: an unspecified host becomes 127.0.0.1.
func Dialable(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}
