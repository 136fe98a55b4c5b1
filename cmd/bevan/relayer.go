package main

import (
	"context"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/keys"
	"github.com/bevan-health/bevan/relayer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	opcrypto "github.com/ethereum-optimism/optimism/op-service/crypto"
	opsigner "github.com/ethereum-optimism/optimism/op-service/signer"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"
)

func relayerFlags() []cli.Flag {
	d := relayer.DefaultConfig()
	env := func(n string) []string { return []string{"BEVAN_RELAYER_" + n} }
	// op-service's remote signer flags: --signer.endpoint, --signer.address, --signer.header, --signer.tls.*
	return append(opsigner.CLIFlags("BEVAN_RELAYER", "remote signer"), []cli.Flag{
		&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "the L2's JSON-RPC URL", EnvVars: []string{"BEVAN_RPC"}},
		&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests (deployments/<chainId>.json is read)", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
		&cli.StringFlag{Name: "manifest", Usage: "deployment manifest file (overrides --deployments)", EnvVars: []string{"BEVAN_MANIFEST"}},
		&cli.StringFlag{Name: "redis-url", Value: d.RedisURL, Usage: "Redis shared by all replicas", EnvVars: []string{"BEVAN_REDIS_URL"}},
		&cli.StringFlag{Name: "redis-prefix", Value: d.RedisPrefix, Usage: "key prefix in Redis (the same for every replica of a deployment)", EnvVars: env("REDIS_PREFIX")},
		&cli.StringFlag{Name: "http", Value: d.HTTPAddr, Usage: "address the API listens on", EnvVars: env("HTTP")},
		&cli.StringFlag{Name: "keystore", Usage: "the relayer's keystore file (each replica its own key)", EnvVars: env("KEYSTORE")},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: env("PASSWORD_FILE")},
		&cli.StringFlag{Name: "password-env", Usage: "environment variable holding the keystore password", EnvVars: env("PASSWORD_ENV")},
		&cli.StringFlag{Name: "raw-key-env", Usage: "environment variable holding a hex private key (development only)", EnvVars: env("RAW_KEY_ENV")},
		&cli.Int64Flag{Name: "requests-per-minute", Value: d.Limits.RequestsPerMinute, Usage: "per-wallet requests per minute (0: no limit)", EnvVars: env("REQUESTS_PER_MINUTE")},
		&cli.Int64Flag{Name: "gas-per-day", Value: d.Limits.GasPerDay, Usage: "per-wallet gas per UTC day (0: no limit)", EnvVars: env("GAS_PER_DAY")},
		&cli.Int64Flag{Name: "spend-cap-gwei", Value: d.Limits.SpendCapGwei, Usage: "global spending cap per UTC day across replicas, in gwei (0: none)", EnvVars: env("SPEND_CAP_GWEI")},
		&cli.Uint64Flag{Name: "max-request-gas", Value: d.MaxRequestGas, Usage: "largest gas a forward request may ask for", EnvVars: env("MAX_REQUEST_GAS")},
		&cli.Uint64Flag{Name: "max-tx-gas", Value: d.MaxTxGas, Usage: "largest gas of a relayer transaction", EnvVars: env("MAX_TX_GAS")},
		&cli.DurationFlag{Name: "min-deadline", Value: d.MinDeadline, Usage: "least time a request's deadline must leave", EnvVars: env("MIN_DEADLINE")},
		&cli.IntFlag{Name: "workers", Value: d.Workers, Usage: "concurrent submissions", EnvVars: env("WORKERS")},
		&cli.DurationFlag{Name: "receipt-interval", Value: d.Tx.ReceiptQueryInterval, Usage: "txmgr receipt polling interval", EnvVars: env("RECEIPT_INTERVAL")},
		&cli.DurationFlag{Name: "resubmission-timeout", Value: d.Tx.ResubmissionTimeout, Usage: "txmgr: bump the fee after this long unmined", EnvVars: env("RESUBMISSION_TIMEOUT")},
		&cli.DurationFlag{Name: "send-timeout", Value: d.Tx.TxSendTimeout, Usage: "txmgr: give up one send attempt after this long (it is then checked on-chain and retried)", EnvVars: env("SEND_TIMEOUT")},
	}...)
}

func relayerConfig(ctx context.Context, c *cli.Context) (relayer.Config, error) {
	cfg := relayer.DefaultConfig()
	cfg.RPCURL = c.String("rpc")
	cfg.ManifestPath = c.String("manifest")
	cfg.RedisURL, cfg.RedisPrefix, cfg.HTTPAddr = c.String("redis-url"), c.String("redis-prefix"), c.String("http")
	cfg.Limits.RequestsPerMinute, cfg.Limits.GasPerDay, cfg.Limits.SpendCapGwei = c.Int64("requests-per-minute"), c.Int64("gas-per-day"), c.Int64("spend-cap-gwei")
	cfg.MaxRequestGas, cfg.MaxTxGas, cfg.MinDeadline = c.Uint64("max-request-gas"), c.Uint64("max-tx-gas"), c.Duration("min-deadline")
	cfg.Workers = c.Int("workers")
	cfg.Tx.ReceiptQueryInterval, cfg.Tx.ResubmissionTimeout, cfg.Tx.TxSendTimeout = c.Duration("receipt-interval"), c.Duration("resubmission-timeout"), c.Duration("send-timeout")
	if sc := opsigner.ReadCLIConfig(c); sc.Enabled() {
		if err := sc.Check(); err != nil {
			return cfg, fmt.Errorf("remote signer: %w", err)
		}
		log, err := logger(c)
		if err != nil {
			return cfg, err
		}
		factory, from, err := opcrypto.SignerFactoryFromConfig(gethlog.NewLogger(log.Handler()), "", "", "", sc)
		if err != nil {
			return cfg, fmt.Errorf("remote signer: %w", err)
		}
		cfg.SignerFactory, cfg.SignerAddress = factory, from
	} else {
		key, err := keys.Source{Keystore: c.String("keystore"), PasswordFile: c.String("password-file"),
			PasswordEnv: c.String("password-env"), RawEnv: c.String("raw-key-env")}.Load()
		if err != nil {
			return cfg, fmt.Errorf("relayer key: %w", err)
		}
		cfg.Key = key
	}
	if cfg.ManifestPath == "" {
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		cl, err := ethclient.DialContext(dctx, cfg.RPCURL)
		if err != nil {
			return cfg, fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
		}
		defer cl.Close()
		id, err := cl.ChainID(dctx)
		if err != nil {
			return cfg, fmt.Errorf("chain id from %s: %w", cfg.RPCURL, err)
		}
		cfg.ManifestPath = deployment.Path(c.String("deployments"), id.Uint64())
	}
	return cfg, cfg.Check()
}

func relayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "run the gas-sponsoring relayer (HTTP JSON API; Redis-backed; submits through op-service txmgr)",
		Description: "Takes EIP-712 forward requests and Governor ballots signed by wallets, checks them (domain, signature,\n" +
			"nonce, deadline, allowlist, role, gas, simulation, quotas), stores them in Redis, and submits them from its\n" +
			"own key. See docs/relayer.md. Replicas share one Redis, each with its own key.",
		Flags: relayerFlags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			cfg, err := relayerConfig(c.Context, c)
			if err != nil {
				return nil, err
			}
			return relayer.New(c.Context, cfg, log)
		}),
	}
}
