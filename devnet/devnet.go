// Package devnet runs Bevan's local OP-stack chain: `anvil --optimism` as a child process with the suite deployed
// deterministically, development keys funded and the deployment manifest written, plus whatever services (indexer,
// GraphQL, relayer) the caller attaches. It is what `bevan devnet` and `make demo` run.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// Config configures a devnet.
type Config struct {
	AnvilBin string
	Host     string
	// Port is the chain's RPC port; 0 lets anvil bind a free one (RPCURL then names it).
	Port      int
	ChainID   uint64
	BlockTime time.Duration
	// StateDir keeps the chain between runs (anvil state dump/load) when set.
	StateDir string
	// ManifestDir is where deployments/<chainId>.json is written.
	ManifestDir string
	// Deployment is the suite's config; nil is the embedded devnet config.
	Deployment *deployment.Config
	// AnvilLog receives anvil's output (nil: a file in StateDir, or discarded).
	AnvilLog io.Writer
}

// DefaultConfig is the devnet's default configuration.
func DefaultConfig() Config {
	return Config{Host: "127.0.0.1", Port: 8545, ChainID: deployment.DevnetChainID, ManifestDir: "deployments"}
}

// Check validates the configuration.
func (c *Config) Check() error {
	var errs []error
	if c.Port < 0 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("port %d is not a TCP port (0: any free port)", c.Port))
	}
	if c.ChainID == 0 {
		errs = append(errs, errors.New("chain id must not be 0"))
	}
	if c.BlockTime < 0 {
		errs = append(errs, errors.New("block time must not be negative"))
	}
	if c.BlockTime > 0 && c.BlockTime < time.Second && c.BlockTime%time.Millisecond != 0 {
		errs = append(errs, errors.New("block time must be whole milliseconds"))
	}
	if c.ManifestDir == "" {
		errs = append(errs, errors.New("manifest directory must be set"))
	}
	if c.Deployment != nil {
		if err := c.Deployment.Check(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Service is something the devnet runs alongside the chain once the suite is deployed (indexer, relayer, ...).
type Service interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// ServiceFactory builds a service once the chain is up and the manifest is known.
type ServiceFactory func(ctx context.Context, d *Devnet) (Service, error)

// Devnet is a running local chain with the suite deployed.
type Devnet struct {
	cfg       Config
	log       *slog.Logger
	factories []ServiceFactory
	services  []Service
	anvil     *Anvil
	anvilLog  *os.File
	stopped   atomic.Bool

	// Set by Start.
	Client       *ethclient.Client
	Manifest     *deployment.Manifest
	ManifestPath string
}

// New checks cfg and returns a devnet that Start will bring up; factories add services after deployment.
func New(cfg Config, log *slog.Logger, factories ...ServiceFactory) (*Devnet, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("devnet config: %w", err)
	}
	if cfg.Deployment == nil {
		cfg.Deployment = DeploymentConfig()
	}
	return &Devnet{cfg: cfg, log: log, factories: factories}, nil
}

// RPCURL is the chain's JSON-RPC endpoint.
func (d *Devnet) RPCURL() string { return d.anvil.URL }

// Config returns the devnet's configuration.
func (d *Devnet) Config() Config { return d.cfg }

// Start starts anvil, funds the development keys, deploys the suite (idempotently, so a kept state is reused),
// writes the manifest and starts the attached services.
func (d *Devnet) Start(ctx context.Context) error {
	acfg := AnvilConfig{Bin: d.cfg.AnvilBin, Host: d.cfg.Host, Port: d.cfg.Port, ChainID: d.cfg.ChainID,
		BlockTime: d.cfg.BlockTime, Log: d.cfg.AnvilLog}
	if d.cfg.StateDir != "" {
		acfg.StateFile = filepath.Join(d.cfg.StateDir, "anvil-state.json")
		if acfg.Log == nil {
			f, err := os.OpenFile(filepath.Join(d.cfg.StateDir, "anvil.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
			if err == nil {
				d.anvilLog, acfg.Log = f, f
			}
		}
	}
	if d.cfg.StateDir != "" {
		if err := os.MkdirAll(d.cfg.StateDir, 0o755); err != nil {
			return fmt.Errorf("state directory: %w", err)
		}
	}
	a, err := StartAnvil(ctx, acfg, d.log)
	if err != nil {
		return err
	}
	d.anvil = a
	d.Client, err = ethclient.DialContext(ctx, a.URL)
	if err != nil {
		return fmt.Errorf("dial anvil: %w", err)
	}
	if err := d.keepClockMonotonic(ctx); err != nil {
		return err
	}
	for _, role := range Roles {
		if err := d.SetBalance(ctx, DevAddress(role), new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))); err != nil {
			return fmt.Errorf("fund %s key: %w", role, err)
		}
	}
	opts, err := bind.NewKeyedTransactorWithChainID(DevKey(RoleDeployer), new(big.Int).SetUint64(d.cfg.ChainID))
	if err != nil {
		return fmt.Errorf("deployer: %w", err)
	}
	d.ManifestPath = deployment.Path(d.cfg.ManifestDir, d.cfg.ChainID)
	prev, _ := deployment.Load(d.ManifestPath) // absent on a first run; a stale one is checked by code hash
	m, err := deployment.NewDeployer(d.Client, opts, d.log).Deploy(ctx, d.cfg.Deployment, prev)
	if err != nil {
		return fmt.Errorf("deploy the suite: %w", err)
	}
	if err := m.Save(d.ManifestPath); err != nil {
		return err
	}
	d.Manifest = m
	d.log.Info("suite deployed", "manifest", d.ManifestPath)
	for _, f := range d.factories {
		s, err := f(ctx, d)
		if err != nil {
			return err
		}
		if err := s.Start(ctx); err != nil {
			return err
		}
		d.services = append(d.services, s)
	}
	return nil
}

// keepClockMonotonic moves the chain's clock past its last block. Anvil does not keep its clock offset in a state
// dump: on a kept chain whose last blocks were mined ahead of the wall clock (evm_increaseTime, as in the demo), the
// next block would be older than the last one, and consents audited by time (consentAt) would answer wrongly.
func (d *Devnet) keepClockMonotonic(ctx context.Context) error {
	head, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	if now := uint64(time.Now().Unix()); head.Time < now {
		return nil
	}
	if err := d.Client.Client().CallContext(ctx, nil, "evm_setTime", head.Time+1); err != nil {
		return fmt.Errorf("move the chain clock past the last block (%d): %w", head.Time, err)
	}
	d.log.Info("chain clock moved past the kept chain's last block", "block", head.Number, "time", head.Time)
	return nil
}

// SetBalance sets an account's balance (anvil_setBalance).
func (d *Devnet) SetBalance(ctx context.Context, who common.Address, wei *big.Int) error {
	return d.Client.Client().CallContext(ctx, nil, "anvil_setBalance", who, hexutil.EncodeBig(wei))
}

// Stop stops the services (last started first), then anvil (which writes its state when kept).
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	for i := len(d.services) - 1; i >= 0; i-- {
		if err := d.services[i].Stop(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if d.Client != nil {
		d.Client.Close()
	}
	if d.anvil != nil {
		if err := d.anvil.Stop(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if d.anvilLog != nil {
		_ = d.anvilLog.Close()
	}
	d.stopped.Store(true)
	return errors.Join(errs...)
}

// Stopped reports whether Stop ran.
func (d *Devnet) Stopped() bool { return d.stopped.Load() }

// AnvilDone is closed if anvil exits; AnvilErr then says how.
func (d *Devnet) AnvilDone() <-chan struct{} { return d.anvil.Done() }

// AnvilErr is anvil's exit error once AnvilDone is closed.
func (d *Devnet) AnvilErr() error { return d.anvil.Err() }

// Summary is what `bevan devnet` prints once up: the RPC URL, the contracts and the development keys.
func (d *Devnet) Summary(extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\nBevan devnet is up (chain id %d)\n", d.cfg.ChainID)
	fmt.Fprintf(&b, "  RPC        %s\n", d.anvil.URL)
	fmt.Fprintf(&b, "  manifest   %s\n", d.ManifestPath)
	for _, line := range extra {
		fmt.Fprintf(&b, "  %s\n", line)
	}
	b.WriteString("\nContracts\n")
	for _, n := range deployment.ContractNames {
		fmt.Fprintf(&b, "  %-16s %s\n", n, d.Manifest.Contracts[n].Address)
	}
	b.WriteString("\nDevelopment keys (public test keys: never use them on a real chain)\n")
	for _, r := range Roles {
		k := DevKey(r)
		fmt.Fprintf(&b, "  %-9s %s  %s\n", r, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)))
	}
	fmt.Fprintf(&b, "  %-9s %s  (the relayer's X-Bevan-App-Key; the CLI sends it on this devnet)\n", "app key", DevAppKey)
	return b.String()
}
