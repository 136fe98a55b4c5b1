package relayer

import (
	"fmt"
	"log/slog"
	"math"
	"slices"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/keys"
	"github.com/bevan-health/bevan/relayer/admission"
	opservice "github.com/ethereum-optimism/optimism/op-service"
	opcrypto "github.com/ethereum-optimism/optimism/op-service/crypto"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"
)

// EnvVarPrefix prefixes the relayer's environment variables: BEVAN_RELAYER_<FLAG>.
const EnvVarPrefix = "BEVAN_RELAYER"

// The relayer's own flag names (op-service's txmgr and remote-signer flags come with theirs).
const (
	RPCFlagName               = "rpc"
	DeploymentsFlagName       = deployment.DeploymentsFlagName
	ManifestFlagName          = deployment.ManifestFlagName
	RedisURLFlagName          = "redis-url"
	RedisPrefixFlagName       = "redis-prefix"
	HTTPFlagName              = "http"
	RequestsPerMinuteFlagName = "requests-per-minute"
	GasPerDayFlagName         = "gas-per-day"
	SpendCapGweiFlagName      = "spend-cap-gwei"
	MaxRequestGasFlagName     = "max-request-gas"
	MaxTxGasFlagName          = "max-tx-gas"
	MinDeadlineFlagName       = "min-deadline"
	MaxDeadlineFlagName       = "max-deadline"
	WorkersFlagName           = "workers"
	MaxSendAttemptsFlagName   = "max-send-attempts"
	ClaimsPerSecondFlagName   = "claims-per-second"
	AppKeysFlagName           = "app-keys"
	AllowWalletsFlagName      = "allow-wallets"
	UnauthenticatedFlagName   = "allow-unauthenticated"
	ClientRPMFlagName         = "client-requests-per-minute"
	ClientGasFlagName         = "client-gas-per-day"
	ClientBudgetFlagName      = "client-budget-gwei-per-day"
	TrustedProxiesFlagName    = "trusted-proxies"
	RequireVerifiedFlagName   = "require-verified-patients"
)

// TxDefaults are op-service txmgr's settings for an OP-stack L2 with 2 s blocks, replacing its L1 batcher defaults
// (10 confirmations, which never come under anvil's automine; 12 s receipt polls; sends that never time out;
// 1 gwei fee floors that overpay on an L2).
var TxDefaults = txmgr.DefaultFlagValues{
	NumConfirmations:          1,
	SafeAbortNonceTooLowCount: 3,
	FeeLimitMultiplier:        5,
	FeeLimitThresholdGwei:     100,
	MinTipCapGwei:             0,
	MinBaseFeeGwei:            0,
	RebroadcastInterval:       6 * time.Second,
	ResubmissionTimeout:       6 * time.Second, // three blocks
	NetworkTimeout:            5 * time.Second,
	RetryInterval:             500 * time.Millisecond,
	MaxRetries:                5,
	TxSendTimeout:             2 * time.Minute,
	TxNotInMempoolTimeout:     30 * time.Second,
	ReceiptQueryInterval:      500 * time.Millisecond,
	CellProofTime:             math.MaxUint64, // no blobs
}

// envVars is envPrefix_SUFFIX, then the names the variable had before the prefix convention (still read).
func envVars(envPrefix, suffix string, old ...string) []string {
	return append(opservice.PrefixEnvVar(envPrefix, suffix), old...)
}

// CLIFlags are the relayer's flags, each read from envPrefix_<FLAG> too (EnvVarPrefix for `bevan relayer`):
// its own, then op-service's txmgr flags with TxDefaults (which bring the remote-signer --signer.* flags and the
// --private-key / --mnemonic key sources).
func CLIFlags(envPrefix string) []cli.Flag {
	d := DefaultConfig()
	own := slices.Concat([]cli.Flag{
		&cli.StringFlag{Name: RPCFlagName, Value: "http://127.0.0.1:8545", Usage: "the L2's JSON-RPC URL",
			EnvVars: envVars(envPrefix, "RPC", "BEVAN_RPC")},
		deployment.DeploymentsFlag(envVars(envPrefix, "DEPLOYMENTS", "BEVAN_DEPLOYMENTS")),
		deployment.ManifestFlag(envVars(envPrefix, "MANIFEST", "BEVAN_MANIFEST")),
		&cli.StringFlag{Name: RedisURLFlagName, Value: d.RedisURL, Usage: "Redis shared by all replicas",
			EnvVars: envVars(envPrefix, "REDIS_URL", "BEVAN_REDIS_URL")},
		&cli.StringFlag{Name: RedisPrefixFlagName, Value: d.RedisPrefix, Usage: "key prefix in Redis (the same for every replica of a deployment)",
			EnvVars: envVars(envPrefix, "REDIS_PREFIX")},
		&cli.StringFlag{Name: HTTPFlagName, Value: d.HTTPAddr, Usage: "address the API listens on",
			EnvVars: envVars(envPrefix, "HTTP")},
	}, keys.CLIFlags("the relayer's keystore file (each replica its own key)", func(s string) []string { return envVars(envPrefix, s) }), []cli.Flag{
		&cli.Int64Flag{Name: RequestsPerMinuteFlagName, Value: d.Limits.RequestsPerMinute, Usage: "per-wallet requests per minute (0: no limit)",
			EnvVars: envVars(envPrefix, "REQUESTS_PER_MINUTE")},
		&cli.Int64Flag{Name: GasPerDayFlagName, Value: d.Limits.GasPerDay, Usage: "per-wallet gas per UTC day (0: no limit)",
			EnvVars: envVars(envPrefix, "GAS_PER_DAY")},
		&cli.Int64Flag{Name: SpendCapGweiFlagName, Value: d.Limits.SpendCapGwei, Usage: "global spending cap per UTC day across replicas, in gwei (0: none)",
			EnvVars: envVars(envPrefix, "SPEND_CAP_GWEI")},
		&cli.Uint64Flag{Name: MaxRequestGasFlagName, Value: d.MaxRequestGas, Usage: "largest gas a forward request may ask for",
			EnvVars: envVars(envPrefix, "MAX_REQUEST_GAS")},
		&cli.Uint64Flag{Name: MaxTxGasFlagName, Value: d.MaxTxGas, Usage: "largest gas of a relayer transaction",
			EnvVars: envVars(envPrefix, "MAX_TX_GAS")},
		&cli.DurationFlag{Name: MinDeadlineFlagName, Value: d.MinDeadline, Usage: "least time a request's deadline must leave",
			EnvVars: envVars(envPrefix, "MIN_DEADLINE")},
		&cli.DurationFlag{Name: MaxDeadlineFlagName, Value: d.MaxDeadline, Usage: "most time a request's deadline may leave (0: no cap)",
			EnvVars: envVars(envPrefix, "MAX_DEADLINE")},
		&cli.StringFlag{Name: RequireVerifiedFlagName, Usage: "P0, P5 or P9: sponsor a patient's own actions only from a wallet verified at that identity level in IdentityRegistry (empty: not required)",
			EnvVars: envVars(envPrefix, "REQUIRE_VERIFIED_PATIENTS")},
		&cli.IntFlag{Name: WorkersFlagName, Value: d.Workers, Usage: "concurrent submissions (0: an API-only replica)",
			EnvVars: envVars(envPrefix, "WORKERS")},
		&cli.Float64Flag{Name: ClaimsPerSecondFlagName, Value: d.ClaimsPerSecond, Usage: "most queued requests the workers take up a second, about what the chain includes for one key (0: no pace)",
			EnvVars: envVars(envPrefix, "CLAIMS_PER_SECOND")},
		&cli.IntFlag{Name: MaxSendAttemptsFlagName, Value: d.MaxSendAttempts, Usage: "failed sends after which a request ends failed (0: retry until its deadline)",
			EnvVars: envVars(envPrefix, "MAX_SEND_ATTEMPTS")},
		&cli.StringFlag{Name: AppKeysFlagName, Usage: "JSON file of the app keys sponsored (their SHA-256 hashes, each with its own quota and budget; see `bevan relayer app-key`)",
			EnvVars: envVars(envPrefix, "APP_KEYS")},
		&cli.StringFlag{Name: AllowWalletsFlagName, Usage: "file of wallets sponsored without an app key (one address a line, # comments)",
			EnvVars: envVars(envPrefix, "ALLOW_WALLETS")},
		&cli.BoolFlag{Name: UnauthenticatedFlagName, Usage: "also sponsor requests with neither an app key nor an allowlisted wallet, limited per client address",
			EnvVars: envVars(envPrefix, "ALLOW_UNAUTHENTICATED")},
		&cli.Int64Flag{Name: ClientRPMFlagName, Value: d.Admission.AnonymousLimits.RequestsPerMinute, Usage: "unauthenticated use: requests per minute per client address (an IPv6 /64; 0: no limit)",
			EnvVars: envVars(envPrefix, "CLIENT_REQUESTS_PER_MINUTE")},
		&cli.Int64Flag{Name: ClientGasFlagName, Value: d.Admission.AnonymousLimits.GasPerDay, Usage: "unauthenticated use: gas per UTC day per client address, calldata floor and L1 fee included (0: no limit)",
			EnvVars: envVars(envPrefix, "CLIENT_GAS_PER_DAY")},
		&cli.Int64Flag{Name: ClientBudgetFlagName, Value: d.Admission.AnonymousLimits.BudgetGweiPerDay, Usage: "unauthenticated use: gwei per UTC day per client address (0: no limit)",
			EnvVars: envVars(envPrefix, "CLIENT_BUDGET_GWEI_PER_DAY")},
		&cli.StringFlag{Name: TrustedProxiesFlagName, Usage: "comma-separated proxy addresses or CIDR prefixes whose X-Forwarded-For names the client (default: none, the header is ignored)",
			EnvVars: envVars(envPrefix, "TRUSTED_PROXIES")},
	})
	tx := txmgr.CLIFlagsWithDefaults(envPrefix, TxDefaults)
	// The names these txmgr settings had before the relayer used txmgr's flags: still accepted.
	for _, f := range tx {
		if df, ok := f.(*cli.DurationFlag); ok {
			switch df.Name {
			case txmgr.ReceiptQueryIntervalFlagName:
				df.Aliases, df.EnvVars = append(df.Aliases, "receipt-interval"), append(df.EnvVars, envPrefix+"_RECEIPT_INTERVAL")
			case txmgr.TxSendTimeoutFlagName:
				df.Aliases, df.EnvVars = append(df.Aliases, "send-timeout"), append(df.EnvVars, envPrefix+"_SEND_TIMEOUT")
			}
		}
	}
	return append(own, tx...)
}

// ReadCLIConfig reads the relayer's flags: the signing key (keystore, raw key env, or txmgr's private key,
// mnemonic or remote signer), the txmgr settings, and the deployment manifest (--manifest, or --deployments with the
// chain id asked from --rpc); it checks the result.
func ReadCLIConfig(c *cli.Context, log *slog.Logger) (Config, error) {
	cfg := DefaultConfig()
	cfg.RPCURL = c.String(RPCFlagName)
	cfg.RedisURL, cfg.RedisPrefix, cfg.HTTPAddr = c.String(RedisURLFlagName), c.String(RedisPrefixFlagName), c.String(HTTPFlagName)
	cfg.Limits.RequestsPerMinute, cfg.Limits.GasPerDay = c.Int64(RequestsPerMinuteFlagName), c.Int64(GasPerDayFlagName)
	cfg.Limits.SpendCapGwei = c.Int64(SpendCapGweiFlagName)
	cfg.MaxRequestGas, cfg.MaxTxGas = c.Uint64(MaxRequestGasFlagName), c.Uint64(MaxTxGasFlagName)
	cfg.MinDeadline, cfg.MaxDeadline, cfg.Workers = c.Duration(MinDeadlineFlagName), c.Duration(MaxDeadlineFlagName), c.Int(WorkersFlagName)
	cfg.MaxSendAttempts = c.Int(MaxSendAttemptsFlagName)
	cfg.ClaimsPerSecond = c.Float64(ClaimsPerSecondFlagName)
	cfg.RequireVerifiedPatients = c.String(RequireVerifiedFlagName)
	if err := readAdmission(c, &cfg); err != nil {
		return cfg, err
	}
	cfg.Tx = txmgr.ReadCLIConfig(c)
	cfg.Tx.L1RPCURL = cfg.RPCURL // txmgr calls every chain it sends to "L1"
	if cfg.Tx.PrivateKey != "" || cfg.Tx.Mnemonic != "" || cfg.Tx.SignerCLIConfig.Enabled() {
		if err := cfg.Tx.Check(); err != nil {
			return cfg, fmt.Errorf("relayer key: %w", err)
		}
		factory, from, err := opcrypto.SignerFactoryFromConfig(gethlog.NewLogger(log.Handler()), cfg.Tx.PrivateKey,
			cfg.Tx.Mnemonic, cfg.Tx.HDPath, cfg.Tx.SignerCLIConfig)
		if err != nil {
			return cfg, fmt.Errorf("relayer key: %w", err)
		}
		cfg.SignerFactory, cfg.SignerAddress = factory, from
	} else {
		key, err := keys.ReadCLISource(c).Load()
		if err != nil {
			return cfg, fmt.Errorf("relayer key: %w", err)
		}
		cfg.Key = key
	}
	// New loads the manifest.
	path, err := deployment.ResolvePath(c.Context, deployment.SourceOf(c), cfg.RPCURL)
	if err != nil {
		return cfg, err
	}
	cfg.ManifestPath = path
	if err := cfg.Check(); err != nil {
		return cfg, fmt.Errorf("relayer config: %w", err)
	}
	return cfg, nil
}

// readAdmission reads where sponsorship comes from: the app keys file, the wallet allowlist, unauthenticated use and
// its per-client limits, the trusted proxies.
func readAdmission(c *cli.Context, cfg *Config) error {
	a := &cfg.Admission
	if path := c.String(AppKeysFlagName); path != "" {
		apps, err := admission.LoadApps(path)
		if err != nil {
			return err
		}
		a.Apps = apps
	}
	if path := c.String(AllowWalletsFlagName); path != "" {
		ws, err := admission.LoadWallets(path)
		if err != nil {
			return err
		}
		a.Wallets = ws
	}
	a.Anonymous = c.Bool(UnauthenticatedFlagName)
	a.AnonymousLimits = admission.Limits{RequestsPerMinute: c.Int64(ClientRPMFlagName), GasPerDay: c.Int64(ClientGasFlagName),
		BudgetGweiPerDay: c.Int64(ClientBudgetFlagName)}
	proxies, err := admission.ParsePrefixes(c.String(TrustedProxiesFlagName))
	if err != nil {
		return fmt.Errorf("--%s: %w", TrustedProxiesFlagName, err)
	}
	a.TrustedProxies = proxies
	return nil
}
