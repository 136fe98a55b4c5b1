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

// ERC2771ForwarderForwardRequestData is an auto generated low-level Go binding around an user-defined struct.
type ERC2771ForwarderForwardRequestData struct {
	From      common.Address
	To        common.Address
	Value     *big.Int
	Gas       *big.Int
	Deadline  *big.Int
	Data      []byte
	Signature []byte
}

// BevanForwarderMetaData contains all meta data concerning the BevanForwarder contract.
var BevanForwarderMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"executeBatch\",\"inputs\":[{\"name\":\"requests\",\"type\":\"tuple[]\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData[]\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"refundReceiver\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExecutedForwardRequest\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ERC2771ForwarderExpiredRequest\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"ERC2771ForwarderInvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2771ForwarderMismatchedValue\",\"inputs\":[{\"name\":\"requestedValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"msgValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2771ForwarderNoRefundReceiver\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ERC2771UntrustfulTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	Bin: "0x610160604052348015610010575f5ffd5b506040518060400160405280600f81526020016e2132bb30b7102337b93bb0b93232b960891b81525080604051806040016040528060018152602001603160f81b8152506100638261010b60201b60201c565b610120526100708161010b565b61014052815160208084019190912060e052815190820120610100524660a0526100fc60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101ac565b5f5f829050601f8151111561013e578260405163305a27a960e01b81526004016101359190610151565b60405180910390fd5b805161014982610186565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101a6575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161110e6101fd5f395f61047f01525f61044f01525f610be901525f610bc101525f610b1c01525f610b4601525f610b70015261110e5ff3fe608060405260043610610058575f3560e01c806384b0196e1161004157806384b0196e146100df578063ccf96b4a14610106578063df905caf1461011b575f5ffd5b806319d8d38c1461005c5780637ecebe0014610090575b5f5ffd5b348015610067575f5ffd5b5061007b610076366004610d2c565b61012e565b60405190151581526020015b60405180910390f35b34801561009b575f5ffd5b506100d16100aa366004610d8b565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205490565b604051908152602001610087565b3480156100ea575f5ffd5b506100f361015e565b6040516100879796959493929190610df2565b610119610114366004610eb1565b6101bc565b005b610119610129366004610d2c565b61031f565b5f5f5f5f61013b856103ac565b5092509250925082801561014c5750815b80156101555750805b95945050505050565b5f6060805f5f5f606061016f610448565b610177610478565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b73ffffffffffffffffffffffffffffffffffffffff8116155f80805b85811015610287578686828181106101f2576101f2610f33565b90506020028101906102049190610f60565b610212906040013584610f9c565b92505f61024288888481811061022a5761022a610f33565b905060200281019061023c9190610f60565b866104a3565b90508061027e5787878381811061025b5761025b610f33565b905060200281019061026d9190610f60565b61027b906040013584610f9c565b92505b506001016101d8565b503482146102cf576040517f70647f79000000000000000000000000000000000000000000000000000000008152600481018390523460248201526044015b60405180910390fd5b801561031757821561030d576040517f39c6e3b700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61031784826106fd565b505050505050565b8060400135341461036857604080517f70647f790000000000000000000000000000000000000000000000000000000081529082013560048201523460248201526044016102c6565b6103738160016104a3565b6103a9576040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50565b5f5f5f5f5f5f6103bb876107a6565b90925090506103d86103d36040890160208a01610d8b565b6108f5565b426103e960a08a0160808b01610fd4565b65ffffffffffff161015838015610437575061040860208a018a610d8b565b73ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff16145b919750955093509150509193509193565b60606104737f00000000000000000000000000000000000000000000000000000000000000006109ba565b905090565b60606104737f00000000000000000000000000000000000000000000000000000000000000006109ba565b5f5f5f5f5f6104b1876103ac565b935093509350935085156105dc5783610525576104d46040880160208901610d8b565b6040517fd2650cd100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201523060248201526044016102c6565b826105775761053a60a0880160808901610fd4565b6040517f94eef58a00000000000000000000000000000000000000000000000000000000815265ffffffffffff90911660048201526024016102c6565b816105dc578061058a6020890189610d8b565b6040517fc845a05600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9283166004820152911660248201526044016102c6565b8380156105e65750815b80156105ef5750825b156106f35773ffffffffffffffffffffffffffffffffffffffff81165f908152600260205260408120805460018101909155905060608801355f61063960408b0160208c01610d8b565b905060408a01355f61064e60a08d018d610ff9565b61065b60208f018f610d8b565b60405160200161066d93929190611061565b60405160208183030381529060405290505f5f5f83516020850186888af19a505a905061069a818e6109f7565b604080518781528c1515602082015273ffffffffffffffffffffffffffffffffffffffff8916917f842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c910160405180910390a25050505050505b5050505092915050565b80471015610740576040517fcf479181000000000000000000000000000000000000000000000000000000008152476004820152602481018290526044016102c6565b610759828260405180602001604052805f815250610a0f565b15610762575050565b3d1561077457610770610a24565b5050565b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8080806108d06107ba60c0870187610ff9565b6108c97f7f96328b83274ebc7c1cf4f7a3abda602b51a78b7fa1d86a2ce353d75e587cac6107eb60208b018b610d8b565b6107fb60408c0160208d01610d8b565b8b604001358c6060013561081a8e5f0160208101906100aa9190610d8b565b8e608001602081019061082d9190610fd4565b8f8060a0019061083d9190610ff9565b60405161084b92919061109a565b60408051918290038220602083019990995273ffffffffffffffffffffffffffffffffffffffff97881690820152959094166060860152608085019290925260a084015260c083015265ffffffffffff1660e08201526101008101919091526101200160405160208183030381529060405280519060200120610a2f565b9190610a7c565b5090925090505f8160038111156108e9576108e96110a9565b14959194509092505050565b6040513060248201525f908190604401604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052602080820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f572b6c050000000000000000000000000000000000000000000000000000000017815282519293505f928392839290918391895afa92503d91505f5190508280156109a5575060208210155b80156109b057505f81115b9695505050505050565b60605f6109c683610ac3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b610a06603f60608301356110d6565b82101561077057fe5b5f5f5f83516020850186885af1949350505050565b6040513d5f823e3d81fd5b5f610a76610a3b610b03565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f80806041849003610ab0578435602086013560408701355f1a610aa289828585610c39565b955095509550505050610aba565b505f915060029050825b93509350939050565b5f60ff8216601f811115610a76576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015610b6857507f000000000000000000000000000000000000000000000000000000000000000046145b15610b9257507f000000000000000000000000000000000000000000000000000000000000000090565b610473604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610c7257505f91506003905082610d22565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610cc3573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610d1957505f925060019150829050610d22565b92505f91508190505b9450945094915050565b5f60208284031215610d3c575f5ffd5b813567ffffffffffffffff811115610d52575f5ffd5b820160e08185031215610d63575f5ffd5b9392505050565b73ffffffffffffffffffffffffffffffffffffffff811681146103a9575f5ffd5b5f60208284031215610d9b575f5ffd5b8135610d6381610d6a565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f610e2c60e0830189610da6565b8281036040840152610e3e8189610da6565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610ea0578351835260209384019390920191600101610e82565b50909b9a5050505050505050505050565b5f5f5f60408486031215610ec3575f5ffd5b833567ffffffffffffffff811115610ed9575f5ffd5b8401601f81018613610ee9575f5ffd5b803567ffffffffffffffff811115610eff575f5ffd5b8660208260051b8401011115610f13575f5ffd5b602091820194509250840135610f2881610d6a565b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff21833603018112610f92575f5ffd5b9190910192915050565b80820180821115610a76577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215610fe4575f5ffd5b813565ffffffffffff81168114610d63575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261102c575f5ffd5b83018035915067ffffffffffffffff821115611046575f5ffd5b60200191503681900382131561105a575f5ffd5b9250929050565b8284823760609190911b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169101908152601401919050565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f82611109577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056",
}

// BevanForwarderABI is the input ABI used to generate the binding from.
// Deprecated: Use BevanForwarderMetaData.ABI instead.
var BevanForwarderABI = BevanForwarderMetaData.ABI

// BevanForwarderBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BevanForwarderMetaData.Bin instead.
var BevanForwarderBin = BevanForwarderMetaData.Bin

// DeployBevanForwarder deploys a new Ethereum contract, binding an instance of BevanForwarder to it.
func DeployBevanForwarder(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BevanForwarder, error) {
	parsed, err := BevanForwarderMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BevanForwarderBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BevanForwarder{BevanForwarderCaller: BevanForwarderCaller{contract: contract}, BevanForwarderTransactor: BevanForwarderTransactor{contract: contract}, BevanForwarderFilterer: BevanForwarderFilterer{contract: contract}}, nil
}

// BevanForwarder is an auto generated Go binding around an Ethereum contract.
type BevanForwarder struct {
	BevanForwarderCaller     // Read-only binding to the contract
	BevanForwarderTransactor // Write-only binding to the contract
	BevanForwarderFilterer   // Log filterer for contract events
}

// BevanForwarderCaller is an auto generated read-only Go binding around an Ethereum contract.
type BevanForwarderCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanForwarderTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BevanForwarderTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanForwarderFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BevanForwarderFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanForwarderSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BevanForwarderSession struct {
	Contract     *BevanForwarder   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BevanForwarderCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BevanForwarderCallerSession struct {
	Contract *BevanForwarderCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// BevanForwarderTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BevanForwarderTransactorSession struct {
	Contract     *BevanForwarderTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// BevanForwarderRaw is an auto generated low-level Go binding around an Ethereum contract.
type BevanForwarderRaw struct {
	Contract *BevanForwarder // Generic contract binding to access the raw methods on
}

// BevanForwarderCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BevanForwarderCallerRaw struct {
	Contract *BevanForwarderCaller // Generic read-only contract binding to access the raw methods on
}

// BevanForwarderTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BevanForwarderTransactorRaw struct {
	Contract *BevanForwarderTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBevanForwarder creates a new instance of BevanForwarder, bound to a specific deployed contract.
func NewBevanForwarder(address common.Address, backend bind.ContractBackend) (*BevanForwarder, error) {
	contract, err := bindBevanForwarder(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BevanForwarder{BevanForwarderCaller: BevanForwarderCaller{contract: contract}, BevanForwarderTransactor: BevanForwarderTransactor{contract: contract}, BevanForwarderFilterer: BevanForwarderFilterer{contract: contract}}, nil
}

// NewBevanForwarderCaller creates a new read-only instance of BevanForwarder, bound to a specific deployed contract.
func NewBevanForwarderCaller(address common.Address, caller bind.ContractCaller) (*BevanForwarderCaller, error) {
	contract, err := bindBevanForwarder(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BevanForwarderCaller{contract: contract}, nil
}

// NewBevanForwarderTransactor creates a new write-only instance of BevanForwarder, bound to a specific deployed contract.
func NewBevanForwarderTransactor(address common.Address, transactor bind.ContractTransactor) (*BevanForwarderTransactor, error) {
	contract, err := bindBevanForwarder(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BevanForwarderTransactor{contract: contract}, nil
}

// NewBevanForwarderFilterer creates a new log filterer instance of BevanForwarder, bound to a specific deployed contract.
func NewBevanForwarderFilterer(address common.Address, filterer bind.ContractFilterer) (*BevanForwarderFilterer, error) {
	contract, err := bindBevanForwarder(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BevanForwarderFilterer{contract: contract}, nil
}

// bindBevanForwarder binds a generic wrapper to an already deployed contract.
func bindBevanForwarder(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BevanForwarderMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BevanForwarder *BevanForwarderRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BevanForwarder.Contract.BevanForwarderCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BevanForwarder *BevanForwarderRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BevanForwarder.Contract.BevanForwarderTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BevanForwarder *BevanForwarderRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BevanForwarder.Contract.BevanForwarderTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BevanForwarder *BevanForwarderCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BevanForwarder.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BevanForwarder *BevanForwarderTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BevanForwarder.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BevanForwarder *BevanForwarderTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BevanForwarder.Contract.contract.Transact(opts, method, params...)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanForwarder *BevanForwarderCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _BevanForwarder.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanForwarder *BevanForwarderSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BevanForwarder.Contract.Eip712Domain(&_BevanForwarder.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanForwarder *BevanForwarderCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BevanForwarder.Contract.Eip712Domain(&_BevanForwarder.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanForwarder *BevanForwarderCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BevanForwarder.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanForwarder *BevanForwarderSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BevanForwarder.Contract.Nonces(&_BevanForwarder.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanForwarder *BevanForwarderCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BevanForwarder.Contract.Nonces(&_BevanForwarder.CallOpts, owner)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_BevanForwarder *BevanForwarderCaller) Verify(opts *bind.CallOpts, request ERC2771ForwarderForwardRequestData) (bool, error) {
	var out []interface{}
	err := _BevanForwarder.contract.Call(opts, &out, "verify", request)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_BevanForwarder *BevanForwarderSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _BevanForwarder.Contract.Verify(&_BevanForwarder.CallOpts, request)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_BevanForwarder *BevanForwarderCallerSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _BevanForwarder.Contract.Verify(&_BevanForwarder.CallOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_BevanForwarder *BevanForwarderTransactor) Execute(opts *bind.TransactOpts, request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _BevanForwarder.contract.Transact(opts, "execute", request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_BevanForwarder *BevanForwarderSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _BevanForwarder.Contract.Execute(&_BevanForwarder.TransactOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_BevanForwarder *BevanForwarderTransactorSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _BevanForwarder.Contract.Execute(&_BevanForwarder.TransactOpts, request)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_BevanForwarder *BevanForwarderTransactor) ExecuteBatch(opts *bind.TransactOpts, requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _BevanForwarder.contract.Transact(opts, "executeBatch", requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_BevanForwarder *BevanForwarderSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _BevanForwarder.Contract.ExecuteBatch(&_BevanForwarder.TransactOpts, requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_BevanForwarder *BevanForwarderTransactorSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _BevanForwarder.Contract.ExecuteBatch(&_BevanForwarder.TransactOpts, requests, refundReceiver)
}

// BevanForwarderEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the BevanForwarder contract.
type BevanForwarderEIP712DomainChangedIterator struct {
	Event *BevanForwarderEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *BevanForwarderEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanForwarderEIP712DomainChanged)
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
		it.Event = new(BevanForwarderEIP712DomainChanged)
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
func (it *BevanForwarderEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanForwarderEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanForwarderEIP712DomainChanged represents a EIP712DomainChanged event raised by the BevanForwarder contract.
type BevanForwarderEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanForwarder *BevanForwarderFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*BevanForwarderEIP712DomainChangedIterator, error) {

	logs, sub, err := _BevanForwarder.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &BevanForwarderEIP712DomainChangedIterator{contract: _BevanForwarder.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanForwarder *BevanForwarderFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *BevanForwarderEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _BevanForwarder.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanForwarderEIP712DomainChanged)
				if err := _BevanForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanForwarder *BevanForwarderFilterer) ParseEIP712DomainChanged(log types.Log) (*BevanForwarderEIP712DomainChanged, error) {
	event := new(BevanForwarderEIP712DomainChanged)
	if err := _BevanForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanForwarderExecutedForwardRequestIterator is returned from FilterExecutedForwardRequest and is used to iterate over the raw logs and unpacked data for ExecutedForwardRequest events raised by the BevanForwarder contract.
type BevanForwarderExecutedForwardRequestIterator struct {
	Event *BevanForwarderExecutedForwardRequest // Event containing the contract specifics and raw log

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
func (it *BevanForwarderExecutedForwardRequestIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanForwarderExecutedForwardRequest)
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
		it.Event = new(BevanForwarderExecutedForwardRequest)
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
func (it *BevanForwarderExecutedForwardRequestIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanForwarderExecutedForwardRequestIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanForwarderExecutedForwardRequest represents a ExecutedForwardRequest event raised by the BevanForwarder contract.
type BevanForwarderExecutedForwardRequest struct {
	Signer  common.Address
	Nonce   *big.Int
	Success bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterExecutedForwardRequest is a free log retrieval operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_BevanForwarder *BevanForwarderFilterer) FilterExecutedForwardRequest(opts *bind.FilterOpts, signer []common.Address) (*BevanForwarderExecutedForwardRequestIterator, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _BevanForwarder.contract.FilterLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return &BevanForwarderExecutedForwardRequestIterator{contract: _BevanForwarder.contract, event: "ExecutedForwardRequest", logs: logs, sub: sub}, nil
}

// WatchExecutedForwardRequest is a free log subscription operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_BevanForwarder *BevanForwarderFilterer) WatchExecutedForwardRequest(opts *bind.WatchOpts, sink chan<- *BevanForwarderExecutedForwardRequest, signer []common.Address) (event.Subscription, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _BevanForwarder.contract.WatchLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanForwarderExecutedForwardRequest)
				if err := _BevanForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
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

// ParseExecutedForwardRequest is a log parse operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_BevanForwarder *BevanForwarderFilterer) ParseExecutedForwardRequest(log types.Log) (*BevanForwarderExecutedForwardRequest, error) {
	event := new(BevanForwarderExecutedForwardRequest)
	if err := _BevanForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
