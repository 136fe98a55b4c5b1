package gateway

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/keys"
	"github.com/bevan-health/bevan/telemetry/ward"
	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// EnvVarPrefix prefixes the gateway's environment variables: BEVAN_TELEMETRY_<FLAG>.
const EnvVarPrefix = "BEVAN_TELEMETRY"

// The gateway's flag names.
const (
	HTTPFlagName            = "http"
	DBFlagName              = "db"
	RedisURLFlagName        = "redis-url"
	RedisPrefixFlagName     = "redis-prefix"
	RPCFlagName             = "rpc"
	DeploymentsFlagName     = deployment.DeploymentsFlagName
	ManifestFlagName        = deployment.ManifestFlagName
	DeviceRegistryFlagName  = "device-registry"
	RelayerFlagName         = "relayer"
	AppKeyFileFlagName      = "app-key-file"
	MaxReadingsFlagName     = "max-readings"
	MaxBodyFlagName         = "max-body"
	WindowFlagName          = "sequence-window"
	AnchorIntervalFlagName  = "anchor-interval"
	AnchorLeaseFlagName     = "anchor-lease"
	MaxAnchorLeavesFlagName = "max-anchor-leaves"
	RegistryTTLFlagName     = "registry-ttl"
	LookbackFlagName        = "excursion-lookback"
	WardRulesFlagName       = "ward-rules"
	PublicURLFlagName       = "public-url"
	SessionTTLFlagName      = "session-ttl"
	NoncesFlagName          = "nonces-per-minute"
)

// CLIFlags are the gateway's flags, each also read from envPrefix_<FLAG>.
func CLIFlags(envPrefix string) []cli.Flag {
	d := DefaultConfig()
	env := func(s string) []string { return opservice.PrefixEnvVar(envPrefix, s) }
	return slices.Concat([]cli.Flag{
		&cli.StringFlag{Name: HTTPFlagName, Value: d.HTTPAddr, Usage: "address the API listens on", EnvVars: env("HTTP")},
		&cli.StringFlag{Name: DBFlagName, Value: d.DB, Usage: "readings store: sqlite://path, or postgres://... shared by replicas", EnvVars: env("DB")},
		&cli.StringFlag{Name: RedisURLFlagName, Value: d.RedisURL, Usage: "Redis holding the devices' sequence numbers, shared by replicas", EnvVars: env("REDIS_URL")},
		&cli.StringFlag{Name: RedisPrefixFlagName, Value: d.RedisPrefix, Usage: "key prefix in Redis (the same for every replica)", EnvVars: env("REDIS_PREFIX")},
		&cli.StringFlag{Name: RPCFlagName, Value: d.RPCURL, Usage: "the L2's JSON-RPC URL", EnvVars: env("RPC")},
		deployment.DeploymentsFlag(env("DEPLOYMENTS")),
		deployment.ManifestFlag(env("MANIFEST")),
		&cli.StringFlag{Name: DeviceRegistryFlagName, Usage: "DeviceRegistry address (default: the manifest's)", EnvVars: env("DEVICE_REGISTRY")},
		&cli.StringFlag{Name: RelayerFlagName, Value: d.RelayerURL, Usage: "relayer the anchors are sent through", EnvVars: env("RELAYER")},
		&cli.StringFlag{Name: AppKeyFileFlagName, Usage: "file holding the relayer app key (else $BEVAN_APP_KEY)", EnvVars: env("APP_KEY_FILE")},
	}, keys.CLIFlags("the gateway's keystore file (a RecordAnchor custodian with TELEMETRY_GATEWAY_ROLE)", env), []cli.Flag{
		&cli.IntFlag{Name: MaxReadingsFlagName, Value: d.Limits.MaxReadings, Usage: "most readings in one batch", EnvVars: env("MAX_READINGS")},
		&cli.Int64Flag{Name: MaxBodyFlagName, Value: d.MaxBody, Usage: "most bytes in one request", EnvVars: env("MAX_BODY")},
		&cli.Uint64Flag{Name: WindowFlagName, Value: d.Window, Usage: "how far a device's sequence may run ahead of or behind its highest (out-of-order window)", EnvVars: env("SEQUENCE_WINDOW")},
		&cli.DurationFlag{Name: AnchorIntervalFlagName, Value: d.AnchorInterval, Usage: "how often the readings taken are anchored", EnvVars: env("ANCHOR_INTERVAL")},
		&cli.DurationFlag{Name: AnchorLeaseFlagName, Value: d.AnchorLease, Usage: "how long an anchor being sent is held before another replica (or the next start) takes it over", EnvVars: env("ANCHOR_LEASE")},
		&cli.IntFlag{Name: MaxAnchorLeavesFlagName, Value: d.MaxAnchorLeaves, Usage: "most readings in one anchored Merkle batch", EnvVars: env("MAX_ANCHOR_LEAVES")},
		&cli.DurationFlag{Name: RegistryTTLFlagName, Value: d.RegistryTTL, Usage: "how long a device lookup is kept (a deregistration takes effect within it)", EnvVars: env("REGISTRY_TTL")},
		&cli.DurationFlag{Name: LookbackFlagName, Value: d.ExcursionLookback, Usage: "how far back a cold store's readings are read to find where an excursion started", EnvVars: env("EXCURSION_LOOKBACK")},
		&cli.StringFlag{Name: WardRulesFlagName, Usage: "JSON file of the virtual ward's alert rules, default and per ward (default: NEWS2 red triggers, docs/telemetry.md)", EnvVars: env("WARD_RULES")},
		&cli.StringFlag{Name: PublicURLFlagName, Usage: "the gateway's URL as care organisations reach it, named in sign-in messages (default: http://<--http>)", EnvVars: env("PUBLIC_URL")},
		&cli.DurationFlag{Name: SessionTTLFlagName, Value: d.SessionTTL, Usage: "how long a care organisation's sign-in lasts", EnvVars: env("SESSION_TTL")},
		&cli.IntFlag{Name: NoncesFlagName, Value: d.NoncesPerMinute, Usage: "sign-in nonces issued to one client address a minute (behind a proxy: to the proxy)", EnvVars: env("NONCES_PER_MINUTE")},
	})
}

// ReadCLIConfig reads the gateway's flags: its key, the deployment manifest (--manifest, or --deployments with the
// chain id asked from --rpc) and the relayer app key; it checks the result.
func ReadCLIConfig(c *cli.Context) (Config, error) {
	cfg := DefaultConfig()
	cfg.HTTPAddr, cfg.DB = c.String(HTTPFlagName), c.String(DBFlagName)
	cfg.RedisURL, cfg.RedisPrefix, cfg.RPCURL = c.String(RedisURLFlagName), c.String(RedisPrefixFlagName), c.String(RPCFlagName)
	cfg.RelayerURL = c.String(RelayerFlagName)
	cfg.Limits.MaxReadings, cfg.MaxBody, cfg.Window = c.Int(MaxReadingsFlagName), c.Int64(MaxBodyFlagName), c.Uint64(WindowFlagName)
	cfg.AnchorInterval, cfg.AnchorLease = c.Duration(AnchorIntervalFlagName), c.Duration(AnchorLeaseFlagName)
	cfg.MaxAnchorLeaves, cfg.RegistryTTL = c.Int(MaxAnchorLeavesFlagName), c.Duration(RegistryTTLFlagName)
	cfg.ExcursionLookback = c.Duration(LookbackFlagName)
	cfg.PublicURL, cfg.SessionTTL, cfg.NoncesPerMinute = c.String(PublicURLFlagName), c.Duration(SessionTTLFlagName), c.Int(NoncesFlagName)
	if path := c.String(WardRulesFlagName); path != "" {
		rs, err := ward.Load(path)
		if err != nil {
			return cfg, err
		}
		cfg.WardRules = rs
	}
	if a := c.String(DeviceRegistryFlagName); a != "" {
		if !common.IsHexAddress(a) {
			return cfg, fmt.Errorf("--%s %q is not an address", DeviceRegistryFlagName, a)
		}
		cfg.DeviceRegistry = common.HexToAddress(a)
	}
	key, err := keys.ReadCLISource(c).Load()
	if err != nil {
		return cfg, fmt.Errorf("gateway key: %w", err)
	}
	cfg.Key = key
	if path := c.String(AppKeyFileFlagName); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("--%s: %w", AppKeyFileFlagName, err)
		}
		cfg.AppKey = strings.TrimSpace(string(raw))
	} else {
		cfg.AppKey = strings.TrimSpace(os.Getenv("BEVAN_APP_KEY"))
	}
	path, err := deployment.ResolvePath(c.Context, deployment.SourceOf(c), cfg.RPCURL)
	if err != nil {
		return cfg, err
	}
	cfg.ManifestPath = path
	if err := cfg.Check(); err != nil {
		return cfg, fmt.Errorf("gateway config: %w", err)
	}
	return cfg, nil
}
