// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// IIdentityRegistryIdentity is an auto generated low-level Go binding around an user-defined struct.
type IIdentityRegistryIdentity struct {
	Attester   common.Address
	Level      uint8
	AttestedAt *big.Int
	ExpiresAt  *big.Int
	Commitment [32]byte
}

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"IDENTITY_ATTESTER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VALIDITY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"attest\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"level\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"identityOf\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIIdentityRegistry.Identity\",\"components\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"level\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"attestedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isVerified\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minLevel\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeAttestation\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AttestationRevoked\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WalletAttested\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"level\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentMismatch\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidAttestation\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidLevel\",\"inputs\":[{\"name\":\"level\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotAttestationsAttester\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAttested\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161155338038061155383398101604081905261002e916101fe565b6001600160a01b0383166080526100455f836100ac565b505f5b81518110156100a35761009a7feff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c6838381518110610087576100876102eb565b60200260200101516100ac60201b60201c565b50600101610048565b5050505061035e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661014d575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610105610156565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610150565b505f5b92915050565b5f61015f610164565b905090565b5f36601480821080159061017c575061017c336101aa565b156101a25761018f36828403815f6102ff565b61019891610326565b60601c9250505090565b339250505090565b5f6101b460805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b03811681146101e5575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610210575f5ffd5b610219846101cf565b9250610227602085016101cf565b60408501519092506001600160401b03811115610242575f5ffd5b8401601f81018613610252575f5ffd5b80516001600160401b0381111561026b5761026b6101ea565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610299576102996101ea565b6040529182526020818401810192908101898411156102b6575f5ffd5b6020850194505b838510156102dc576102ce856101cf565b8152602094850194016102bd565b50809450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561030d575f5ffd5b83861115610319575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610357576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516111cf6103845f395f81816101be015281816102150152610f5001526111cf5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637da0a87711610093578063c634562611610063578063c63456261461029c578063d547741f146103db578063ed8d99b0146103ee578063fda7c94d14610401575f5ffd5b80637da0a877146101fb57806391d148541461023f5780639ab0dca514610282578063a217fddf14610295575f5ffd5b806336568abe116100ce57806336568abe14610161578063496dbd721461017457806355c6724114610187578063572b6c05146101ae575f5ffd5b806301ffc9a7146100f4578063248a9ca31461011c5780632f2ff15d1461014c575b5f5ffd5b610107610102366004610fb6565b610423565b60405190151581526020015b60405180910390f35b61013e61012a366004610ffc565b5f9081526020819052604090206001015490565b604051908152602001610113565b61015f61015a36600461103b565b61047e565b005b61015f61016f36600461103b565b6104a8565b610107610182366004611075565b610523565b61013e7feff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c681565b6101076101bc36600461109d565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff90811691161490565b60405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610113565b61010761024d36600461103b565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61015f61029036600461109d565b610606565b61013e5f81565b6103716102aa36600461109d565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525073ffffffffffffffffffffffffffffffffffffffff9081165f90815260016020818152604092839020835160a0810185528154958616815260ff740100000000000000000000000000000000000000008704169281019290925265ffffffffffff750100000000000000000000000000000000000000000090950485169382019390935290820154909216606083015260020154608082015290565b60405161011391905f60a08201905073ffffffffffffffffffffffffffffffffffffffff835116825260ff602084015116602083015265ffffffffffff604084015116604083015265ffffffffffff60608401511660608301526080830151608083015292915050565b61015f6103e936600461103b565b61089a565b61015f6103fc3660046110b6565b6108be565b61040c6303c2670081565b60405165ffffffffffff9091168152602001610113565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f8f59eb54000000000000000000000000000000000000000000000000000000001480610478575061047882610c13565b92915050565b5f8281526020819052604090206001015461049881610ca9565b6104a28383610cbd565b50505050565b6104b0610db7565b73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610514576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61051e8282610dc5565b505050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260016020526040812080547501000000000000000000000000000000000000000000900465ffffffffffff16158015906105975750805460ff808516740100000000000000000000000000000000000000009092041610155b80156105ae5750600181015465ffffffffffff1642105b80156105fe5750805473ffffffffffffffffffffffffffffffffffffffff165f9081527f68a2c39412fcbc46c7b3a1108c6a173b0464d84f77d56b734f03708279a1babd602052604090205460ff165b949350505050565b5f61060f610db7565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160205260408120805493945092918216917501000000000000000000000000000000000000000000900465ffffffffffff1690036106b4576040517f7ca8736100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024015b60405180910390fd5b5f8173ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff16148015610733575073ffffffffffffffffffffffffffffffffffffffff84165f9081527f68a2c39412fcbc46c7b3a1108c6a173b0464d84f77d56b734f03708279a1babd602052604090205460ff165b905080158015610787575073ffffffffffffffffffffffffffffffffffffffff84165f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16155b156107de576040517fd52be41900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8087166004830152851660248201526044016106ab565b73ffffffffffffffffffffffffffffffffffffffff8581165f81815260016020818152604080842080547fffffffffff00000000000000000000000000000000000000000000000000000016815592830180547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000169055600290920192909255518784168152928516927f748c720c8c21c507833b7b12cbcbbf710c52f9a0accbc9db8042db74cb5705cf910160405180910390a35050505050565b5f828152602081905260409020600101546108b481610ca9565b6104a28383610dc5565b5f6108c7610db7565b90506108f37feff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c682610eb6565b60ff84161580159061090957508360ff16600514155b801561091957508360ff16600914155b15610955576040517ff663215400000000000000000000000000000000000000000000000000000000815260ff851660048201526024016106ab565b428365ffffffffffff1611158061098057506109756303c267004261110a565b8365ffffffffffff16115b156109c1576040517f71944efe00000000000000000000000000000000000000000000000000000000815265ffffffffffff841660048201526024016106ab565b73ffffffffffffffffffffffffffffffffffffffff851615806109e2575081155b15610a38576040517fe555bc5100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86166004820152602481018390526044016106ab565b73ffffffffffffffffffffffffffffffffffffffff85165f90815260016020526040902080547501000000000000000000000000000000000000000000900465ffffffffffff1615801590610a91575082816002015414155b15610ae0576040517f9caca5eb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016106ab565b805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffff00000000000000000000000000000000000000000090921682177401000000000000000000000000000000000000000060ff8916908102919091177fffffffffff000000000000ffffffffffffffffffffffffffffffffffffffffff1675010000000000000000000000000000000000000000004265ffffffffffff908116919091029190911785556001850180547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000169189169182179055600285018790556040805192835260208301919091528101869052908816907f75c19d7977427ce16e519fc28145022d8e48754a57274b4651a4598e5542617c9060600160405180910390a3505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061047857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610478565b610cba81610cb5610db7565b610eb6565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610db0575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610d4e610db7565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610478565b505f610478565b5f610dc0610f3f565b905090565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610db0575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055610e54610db7565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610478565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610f3b576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016106ab565b5050565b5f366014808210801590610f8857507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1633145b15610fae57610f9b36828403815f611142565b610fa491611169565b60601c9250505090565b339250505090565b5f60208284031215610fc6575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610ff5575f5ffd5b9392505050565b5f6020828403121561100c575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611036575f5ffd5b919050565b5f5f6040838503121561104c575f5ffd5b8235915061105c60208401611013565b90509250929050565b803560ff81168114611036575f5ffd5b5f5f60408385031215611086575f5ffd5b61108f83611013565b915061105c60208401611065565b5f602082840312156110ad575f5ffd5b610ff582611013565b5f5f5f5f608085870312156110c9575f5ffd5b6110d285611013565b93506110e060208601611065565b9250604085013565ffffffffffff811681146110fa575f5ffd5b9396929550929360600135925050565b80820180821115610478577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5f85851115611150575f5ffd5b8386111561115c575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156111c8577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056",
}

// IdentityRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use IdentityRegistryMetaData.ABI instead.
var IdentityRegistryABI = IdentityRegistryMetaData.ABI

// IdentityRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use IdentityRegistryMetaData.Bin instead.
var IdentityRegistryBin = IdentityRegistryMetaData.Bin

// DeployIdentityRegistry deploys a new Ethereum contract, binding an instance of IdentityRegistry to it.
func DeployIdentityRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, attesters []common.Address) (common.Address, *types.Transaction, *IdentityRegistry, error) {
	parsed, err := IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(IdentityRegistryBin), backend, trustedForwarder, admin, attesters)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &IdentityRegistry{IdentityRegistryCaller: IdentityRegistryCaller{contract: contract}, IdentityRegistryTransactor: IdentityRegistryTransactor{contract: contract}, IdentityRegistryFilterer: IdentityRegistryFilterer{contract: contract}}, nil
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	IdentityRegistryCaller     // Read-only binding to the contract
	IdentityRegistryTransactor // Write-only binding to the contract
	IdentityRegistryFilterer   // Log filterer for contract events
}

// IdentityRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type IdentityRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IdentityRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IdentityRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IdentityRegistrySession struct {
	Contract     *IdentityRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IdentityRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IdentityRegistryCallerSession struct {
	Contract *IdentityRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// IdentityRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IdentityRegistryTransactorSession struct {
	Contract     *IdentityRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// IdentityRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type IdentityRegistryRaw struct {
	Contract *IdentityRegistry // Generic contract binding to access the raw methods on
}

// IdentityRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IdentityRegistryCallerRaw struct {
	Contract *IdentityRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// IdentityRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IdentityRegistryTransactorRaw struct {
	Contract *IdentityRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIdentityRegistry creates a new instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistry(address common.Address, backend bind.ContractBackend) (*IdentityRegistry, error) {
	contract, err := bindIdentityRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistry{IdentityRegistryCaller: IdentityRegistryCaller{contract: contract}, IdentityRegistryTransactor: IdentityRegistryTransactor{contract: contract}, IdentityRegistryFilterer: IdentityRegistryFilterer{contract: contract}}, nil
}

// NewIdentityRegistryCaller creates a new read-only instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryCaller(address common.Address, caller bind.ContractCaller) (*IdentityRegistryCaller, error) {
	contract, err := bindIdentityRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryCaller{contract: contract}, nil
}

// NewIdentityRegistryTransactor creates a new write-only instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*IdentityRegistryTransactor, error) {
	contract, err := bindIdentityRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryTransactor{contract: contract}, nil
}

// NewIdentityRegistryFilterer creates a new log filterer instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*IdentityRegistryFilterer, error) {
	contract, err := bindIdentityRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryFilterer{contract: contract}, nil
}

// bindIdentityRegistry binds a generic wrapper to an already deployed contract.
func bindIdentityRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IdentityRegistry *IdentityRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IdentityRegistry.Contract.IdentityRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IdentityRegistry *IdentityRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.IdentityRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IdentityRegistry *IdentityRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.IdentityRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IdentityRegistry *IdentityRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IdentityRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IdentityRegistry *IdentityRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IdentityRegistry *IdentityRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _IdentityRegistry.Contract.DEFAULTADMINROLE(&_IdentityRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _IdentityRegistry.Contract.DEFAULTADMINROLE(&_IdentityRegistry.CallOpts)
}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCaller) IDENTITYATTESTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "IDENTITY_ATTESTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistrySession) IDENTITYATTESTERROLE() ([32]byte, error) {
	return _IdentityRegistry.Contract.IDENTITYATTESTERROLE(&_IdentityRegistry.CallOpts)
}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCallerSession) IDENTITYATTESTERROLE() ([32]byte, error) {
	return _IdentityRegistry.Contract.IDENTITYATTESTERROLE(&_IdentityRegistry.CallOpts)
}

// MAXVALIDITY is a free data retrieval call binding the contract method 0xfda7c94d.
//
// Solidity: function MAX_VALIDITY() view returns(uint48)
func (_IdentityRegistry *IdentityRegistryCaller) MAXVALIDITY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "MAX_VALIDITY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXVALIDITY is a free data retrieval call binding the contract method 0xfda7c94d.
//
// Solidity: function MAX_VALIDITY() view returns(uint48)
func (_IdentityRegistry *IdentityRegistrySession) MAXVALIDITY() (*big.Int, error) {
	return _IdentityRegistry.Contract.MAXVALIDITY(&_IdentityRegistry.CallOpts)
}

// MAXVALIDITY is a free data retrieval call binding the contract method 0xfda7c94d.
//
// Solidity: function MAX_VALIDITY() view returns(uint48)
func (_IdentityRegistry *IdentityRegistryCallerSession) MAXVALIDITY() (*big.Int, error) {
	return _IdentityRegistry.Contract.MAXVALIDITY(&_IdentityRegistry.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_IdentityRegistry *IdentityRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _IdentityRegistry.Contract.GetRoleAdmin(&_IdentityRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_IdentityRegistry *IdentityRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _IdentityRegistry.Contract.GetRoleAdmin(&_IdentityRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _IdentityRegistry.Contract.HasRole(&_IdentityRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _IdentityRegistry.Contract.HasRole(&_IdentityRegistry.CallOpts, role, account)
}

// IdentityOf is a free data retrieval call binding the contract method 0xc6345626.
//
// Solidity: function identityOf(address wallet) view returns((address,uint8,uint48,uint48,bytes32))
func (_IdentityRegistry *IdentityRegistryCaller) IdentityOf(opts *bind.CallOpts, wallet common.Address) (IIdentityRegistryIdentity, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "identityOf", wallet)

	if err != nil {
		return *new(IIdentityRegistryIdentity), err
	}

	out0 := *abi.ConvertType(out[0], new(IIdentityRegistryIdentity)).(*IIdentityRegistryIdentity)

	return out0, err

}

// IdentityOf is a free data retrieval call binding the contract method 0xc6345626.
//
// Solidity: function identityOf(address wallet) view returns((address,uint8,uint48,uint48,bytes32))
func (_IdentityRegistry *IdentityRegistrySession) IdentityOf(wallet common.Address) (IIdentityRegistryIdentity, error) {
	return _IdentityRegistry.Contract.IdentityOf(&_IdentityRegistry.CallOpts, wallet)
}

// IdentityOf is a free data retrieval call binding the contract method 0xc6345626.
//
// Solidity: function identityOf(address wallet) view returns((address,uint8,uint48,uint48,bytes32))
func (_IdentityRegistry *IdentityRegistryCallerSession) IdentityOf(wallet common.Address) (IIdentityRegistryIdentity, error) {
	return _IdentityRegistry.Contract.IdentityOf(&_IdentityRegistry.CallOpts, wallet)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _IdentityRegistry.Contract.IsTrustedForwarder(&_IdentityRegistry.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _IdentityRegistry.Contract.IsTrustedForwarder(&_IdentityRegistry.CallOpts, forwarder)
}

// IsVerified is a free data retrieval call binding the contract method 0x496dbd72.
//
// Solidity: function isVerified(address wallet, uint8 minLevel) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) IsVerified(opts *bind.CallOpts, wallet common.Address, minLevel uint8) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "isVerified", wallet, minLevel)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsVerified is a free data retrieval call binding the contract method 0x496dbd72.
//
// Solidity: function isVerified(address wallet, uint8 minLevel) view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) IsVerified(wallet common.Address, minLevel uint8) (bool, error) {
	return _IdentityRegistry.Contract.IsVerified(&_IdentityRegistry.CallOpts, wallet, minLevel)
}

// IsVerified is a free data retrieval call binding the contract method 0x496dbd72.
//
// Solidity: function isVerified(address wallet, uint8 minLevel) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) IsVerified(wallet common.Address, minLevel uint8) (bool, error) {
	return _IdentityRegistry.Contract.IsVerified(&_IdentityRegistry.CallOpts, wallet, minLevel)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _IdentityRegistry.Contract.SupportsInterface(&_IdentityRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _IdentityRegistry.Contract.SupportsInterface(&_IdentityRegistry.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_IdentityRegistry *IdentityRegistryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_IdentityRegistry *IdentityRegistrySession) TrustedForwarder() (common.Address, error) {
	return _IdentityRegistry.Contract.TrustedForwarder(&_IdentityRegistry.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_IdentityRegistry *IdentityRegistryCallerSession) TrustedForwarder() (common.Address, error) {
	return _IdentityRegistry.Contract.TrustedForwarder(&_IdentityRegistry.CallOpts)
}

// Attest is a paid mutator transaction binding the contract method 0xed8d99b0.
//
// Solidity: function attest(address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) Attest(opts *bind.TransactOpts, wallet common.Address, level uint8, expiresAt *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "attest", wallet, level, expiresAt, commitment)
}

// Attest is a paid mutator transaction binding the contract method 0xed8d99b0.
//
// Solidity: function attest(address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) returns()
func (_IdentityRegistry *IdentityRegistrySession) Attest(wallet common.Address, level uint8, expiresAt *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.Attest(&_IdentityRegistry.TransactOpts, wallet, level, expiresAt, commitment)
}

// Attest is a paid mutator transaction binding the contract method 0xed8d99b0.
//
// Solidity: function attest(address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) Attest(wallet common.Address, level uint8, expiresAt *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.Attest(&_IdentityRegistry.TransactOpts, wallet, level, expiresAt, commitment)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.GrantRole(&_IdentityRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.GrantRole(&_IdentityRegistry.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_IdentityRegistry *IdentityRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RenounceRole(&_IdentityRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RenounceRole(&_IdentityRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeAttestation is a paid mutator transaction binding the contract method 0x9ab0dca5.
//
// Solidity: function revokeAttestation(address wallet) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) RevokeAttestation(opts *bind.TransactOpts, wallet common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "revokeAttestation", wallet)
}

// RevokeAttestation is a paid mutator transaction binding the contract method 0x9ab0dca5.
//
// Solidity: function revokeAttestation(address wallet) returns()
func (_IdentityRegistry *IdentityRegistrySession) RevokeAttestation(wallet common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RevokeAttestation(&_IdentityRegistry.TransactOpts, wallet)
}

// RevokeAttestation is a paid mutator transaction binding the contract method 0x9ab0dca5.
//
// Solidity: function revokeAttestation(address wallet) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) RevokeAttestation(wallet common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RevokeAttestation(&_IdentityRegistry.TransactOpts, wallet)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RevokeRole(&_IdentityRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RevokeRole(&_IdentityRegistry.TransactOpts, role, account)
}

// IdentityRegistryAttestationRevokedIterator is returned from FilterAttestationRevoked and is used to iterate over the raw logs and unpacked data for AttestationRevoked events raised by the IdentityRegistry contract.
type IdentityRegistryAttestationRevokedIterator struct {
	Event *IdentityRegistryAttestationRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryAttestationRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryAttestationRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryAttestationRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryAttestationRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryAttestationRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryAttestationRevoked represents a AttestationRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryAttestationRevoked struct {
	Wallet   common.Address
	Attester common.Address
	By       common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAttestationRevoked is a free log retrieval operation binding the contract event 0x748c720c8c21c507833b7b12cbcbbf710c52f9a0accbc9db8042db74cb5705cf.
//
// Solidity: event AttestationRevoked(address indexed wallet, address indexed attester, address by)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterAttestationRevoked(opts *bind.FilterOpts, wallet []common.Address, attester []common.Address) (*IdentityRegistryAttestationRevokedIterator, error) {

	var walletRule []interface{}
	for _, walletItem := range wallet {
		walletRule = append(walletRule, walletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "AttestationRevoked", walletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryAttestationRevokedIterator{contract: _IdentityRegistry.contract, event: "AttestationRevoked", logs: logs, sub: sub}, nil
}

// WatchAttestationRevoked is a free log subscription operation binding the contract event 0x748c720c8c21c507833b7b12cbcbbf710c52f9a0accbc9db8042db74cb5705cf.
//
// Solidity: event AttestationRevoked(address indexed wallet, address indexed attester, address by)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchAttestationRevoked(opts *bind.WatchOpts, sink chan<- *IdentityRegistryAttestationRevoked, wallet []common.Address, attester []common.Address) (event.Subscription, error) {

	var walletRule []interface{}
	for _, walletItem := range wallet {
		walletRule = append(walletRule, walletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "AttestationRevoked", walletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryAttestationRevoked)
				if err := _IdentityRegistry.contract.UnpackLog(event, "AttestationRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAttestationRevoked is a log parse operation binding the contract event 0x748c720c8c21c507833b7b12cbcbbf710c52f9a0accbc9db8042db74cb5705cf.
//
// Solidity: event AttestationRevoked(address indexed wallet, address indexed attester, address by)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseAttestationRevoked(log types.Log) (*IdentityRegistryAttestationRevoked, error) {
	event := new(IdentityRegistryAttestationRevoked)
	if err := _IdentityRegistry.contract.UnpackLog(event, "AttestationRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the IdentityRegistry contract.
type IdentityRegistryRoleAdminChangedIterator struct {
	Event *IdentityRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the IdentityRegistry contract.
type IdentityRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*IdentityRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryRoleAdminChangedIterator{contract: _IdentityRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *IdentityRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryRoleAdminChanged)
				if err := _IdentityRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*IdentityRegistryRoleAdminChanged, error) {
	event := new(IdentityRegistryRoleAdminChanged)
	if err := _IdentityRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the IdentityRegistry contract.
type IdentityRegistryRoleGrantedIterator struct {
	Event *IdentityRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryRoleGranted represents a RoleGranted event raised by the IdentityRegistry contract.
type IdentityRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*IdentityRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryRoleGrantedIterator{contract: _IdentityRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *IdentityRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryRoleGranted)
				if err := _IdentityRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseRoleGranted(log types.Log) (*IdentityRegistryRoleGranted, error) {
	event := new(IdentityRegistryRoleGranted)
	if err := _IdentityRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the IdentityRegistry contract.
type IdentityRegistryRoleRevokedIterator struct {
	Event *IdentityRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryRoleRevoked represents a RoleRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*IdentityRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryRoleRevokedIterator{contract: _IdentityRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *IdentityRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryRoleRevoked)
				if err := _IdentityRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseRoleRevoked(log types.Log) (*IdentityRegistryRoleRevoked, error) {
	event := new(IdentityRegistryRoleRevoked)
	if err := _IdentityRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryWalletAttestedIterator is returned from FilterWalletAttested and is used to iterate over the raw logs and unpacked data for WalletAttested events raised by the IdentityRegistry contract.
type IdentityRegistryWalletAttestedIterator struct {
	Event *IdentityRegistryWalletAttested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryWalletAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryWalletAttested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryWalletAttested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryWalletAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryWalletAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryWalletAttested represents a WalletAttested event raised by the IdentityRegistry contract.
type IdentityRegistryWalletAttested struct {
	Wallet     common.Address
	Attester   common.Address
	Level      uint8
	ExpiresAt  *big.Int
	Commitment [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterWalletAttested is a free log retrieval operation binding the contract event 0x75c19d7977427ce16e519fc28145022d8e48754a57274b4651a4598e5542617c.
//
// Solidity: event WalletAttested(address indexed wallet, address indexed attester, uint8 level, uint48 expiresAt, bytes32 commitment)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterWalletAttested(opts *bind.FilterOpts, wallet []common.Address, attester []common.Address) (*IdentityRegistryWalletAttestedIterator, error) {

	var walletRule []interface{}
	for _, walletItem := range wallet {
		walletRule = append(walletRule, walletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "WalletAttested", walletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryWalletAttestedIterator{contract: _IdentityRegistry.contract, event: "WalletAttested", logs: logs, sub: sub}, nil
}

// WatchWalletAttested is a free log subscription operation binding the contract event 0x75c19d7977427ce16e519fc28145022d8e48754a57274b4651a4598e5542617c.
//
// Solidity: event WalletAttested(address indexed wallet, address indexed attester, uint8 level, uint48 expiresAt, bytes32 commitment)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchWalletAttested(opts *bind.WatchOpts, sink chan<- *IdentityRegistryWalletAttested, wallet []common.Address, attester []common.Address) (event.Subscription, error) {

	var walletRule []interface{}
	for _, walletItem := range wallet {
		walletRule = append(walletRule, walletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "WalletAttested", walletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryWalletAttested)
				if err := _IdentityRegistry.contract.UnpackLog(event, "WalletAttested", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWalletAttested is a log parse operation binding the contract event 0x75c19d7977427ce16e519fc28145022d8e48754a57274b4651a4598e5542617c.
//
// Solidity: event WalletAttested(address indexed wallet, address indexed attester, uint8 level, uint48 expiresAt, bytes32 commitment)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseWalletAttested(log types.Log) (*IdentityRegistryWalletAttested, error) {
	event := new(IdentityRegistryWalletAttested)
	if err := _IdentityRegistry.contract.UnpackLog(event, "WalletAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
