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

// KeyRecoveryMetaData contains all meta data concerning the KeyRecovery contract.
var KeyRecoveryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"identityRegistry\",\"type\":\"address\",\"internalType\":\"contractIIdentityRegistry\"},{\"name\":\"consentRegistry\",\"type\":\"address\",\"internalType\":\"contractConsentRegistry\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CONSENT_REGISTRY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractConsentRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_WAITING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"IDENTITY_ATTESTER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"IDENTITY_REGISTRY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIIdentityRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WAITING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_IDENTITY_LEVEL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_WAITING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"complete\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"confirm\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingRecovery\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"newWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"readyAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"readyAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWaitingPeriod\",\"inputs\":[{\"name\":\"period\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"waitingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"RecoveryCancelled\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RecoveryCompleted\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RecoveryConfirmed\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RecoveryRequested\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"readyAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WaitingPeriodSet\",\"inputs\":[{\"name\":\"waitingPeriod\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"IdentityMismatch\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidWaitingPeriod\",\"inputs\":[{\"name\":\"waitingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NoRecoveryPending\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotCanceller\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotFreshWallet\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotGuardian\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotIdentityAttester\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RecoveryPending\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"WaitingPeriodNotOver\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"readyAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"WalletRetired\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x60e06040526001805463ffffffff191662093a80179055348015610021575f5ffd5b50604051611b8b380380611b8b833981016040819052610040916101ac565b6001600160a01b0384166080526100575f84610072565b506001600160a01b0391821660a0521660c052506102679050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610113575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100cb61011c565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610116565b505f5b92915050565b5f61012561012a565b905090565b5f366014808210801590610142575061014233610170565b156101685761015536828403815f610208565b61015e9161022f565b60601c9250505090565b339250505090565b5f61017a60805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b03811681146101a9575f5ffd5b50565b5f5f5f5f608085870312156101bf575f5ffd5b84516101ca81610195565b60208601519094506101db81610195565b60408601519093506101ec81610195565b60608601519092506101fd81610195565b939692955090935050565b5f5f85851115610216575f5ffd5b83861115610222575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610260576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c0516118b46102d75f395f81816103cc01528181610acb0152818161102901528181611111015261146f01525f818161030d01528181610d0f01528181610db401528181610e830152610f3a01525f81816102c501528181610349015261154901526118b45ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c80635f8b5592116100dd578063a217fddf11610088578063d547741f11610063578063d547741f146103f8578063ea9692651461040b578063eb4dd8f2146104ae575f5ffd5b8063a217fddf146103c0578063aa8cd0e7146103c7578063b4815e92146103ee575f5ffd5b806391d14854116100b857806391d148541461036d57806393af0292146103a357806395fc54be146103b6575f5ffd5b80635f8b5592146102f557806365fad027146103085780637da0a87714610347575f5ffd5b806336568abe1161013d5780634fa2c51e116101185780634fa2c51e1461027457806355c672411461028e578063572b6c05146102b5575f5ffd5b806336568abe1461023e5780633a2ef9df146102515780634c33fe9414610261575f5ffd5b8063248a9ca31161016d578063248a9ca3146101cf5780632f2ff15d146101ff5780633537d3fa14610214575f5ffd5b806301ffc9a7146101885780631462eca6146101b0575b5f5ffd5b61019b6101963660046115a2565b6104c1565b60405190151581526020015b60405180910390f35b6101ba6276a70081565b60405163ffffffff90911681526020016101a7565b6101f16101dd3660046115e8565b5f9081526020819052604090206001015490565b6040519081526020016101a7565b61021261020d366004611613565b610559565b005b610227610222366004611641565b610583565b60405165ffffffffffff90911681526020016101a7565b61021261024c366004611613565b61075e565b6001546101ba9063ffffffff1681565b61021261026f36600461166d565b6107bf565b61027c600981565b60405160ff90911681526020016101a7565b6101f17feff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c681565b61019b6102c336600461166d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610212610303366004611688565b6108f6565b61032f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a7565b7f000000000000000000000000000000000000000000000000000000000000000061032f565b61019b61037b366004611613565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102126103b136600461166d565b6109c8565b6101ba62093a8081565b6101f15f81565b61032f7f000000000000000000000000000000000000000000000000000000000000000081565b6101ba6202a30081565b610212610406366004611613565b610a4f565b61048061041936600461166d565b6001600160a01b039081165f90815260026020908152604091829020825160608101845281548086168083527401000000000000000000000000000000000000000090910465ffffffffffff16938201849052600190920154909416939092018390529092565b604080516001600160a01b03948516815293909216602084015265ffffffffffff16908201526060016101a7565b6102126104bc36600461166d565b610a73565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061055357507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461057381610bc7565b61057d8383610bdb565b50505050565b5f5f61058d610ca1565b905061059881610caf565b6105de576040517fbbaf5ee80000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b038481165f90815260026020526040902054161561063a576040517f51bdf0720000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016105d5565b6106448484610d7a565b6001546106579063ffffffff16426116ab565b604080516060810182526001600160a01b0386811680835265ffffffffffff85811660208086018281528986168789018181528e88165f818152600286528b902099518a549451908a167fffffffffffff0000000000000000000000000000000000000000000000000000909516949094177401000000000000000000000000000000000000000094909716939093029590951788559351600190970180547fffffffffffffffffffffffff00000000000000000000000000000000000000001697909616969096179094559451948552949650927fe6296afcdef25c9a632f9bfd1860eb73c5b144cc0855b990adf12834d4e76c52910160405180910390a45092915050565b610766610ca1565b6001600160a01b0316816001600160a01b0316146107b0576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107ba82826111bb565b505050565b5f6107c8610ca1565b90505f6107d483611278565b9050826001600160a01b0316826001600160a01b03161415801561080e575080604001516001600160a01b0316826001600160a01b031614155b15610858576040517fc3bc4e270000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016105d5565b6001600160a01b038084165f8181526002602052604080822080547fffffffffffff000000000000000000000000000000000000000000000000000016815560010180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905584519051868516949190911692917fa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f4991a4505050565b5f61090081610bc7565b6202a30063ffffffff8316108061091f57506276a70063ffffffff8316115b1561095e576040517f8368a4e700000000000000000000000000000000000000000000000000000000815263ffffffff831660048201526024016105d5565b600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff84169081179091556040519081527f34e1f17fb077d2970cedb4457754ab288143f767c89c5141c26c7ef19d8fbe769060200160405180910390a15050565b5f6109d282611278565b9050806020015165ffffffffffff16421015610a395760208101516040517f7f5d6fb10000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015265ffffffffffff90911660248201526044016105d5565b610a4b8282610a46610ca1565b611333565b5050565b5f82815260208190526040902060010154610a6981610bc7565b61057d83836111bb565b5f610a7c610ca1565b90505f610a8883611278565b6040517fd4ee97340000000000000000000000000000000000000000000000000000000081526001600160a01b03858116600483015284811660248301529192507f00000000000000000000000000000000000000000000000000000000000000009091169063d4ee973490604401602060405180830381865afa158015610b12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b3691906116fd565b610b7f576040517f826f1bd20000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016105d5565b80516040516001600160a01b0380851692811691908616907fcecc3fceaaf89e7405769dc7d407dd2280380adc01f1388f9c8dce21640622dc905f90a46107ba838284611333565b610bd881610bd3610ca1565b6114cd565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610c9a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610c52610ca1565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610553565b505f610553565b5f610caa611538565b905090565b6040517f91d148540000000000000000000000000000000000000000000000000000000081527feff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c660048201526001600160a01b0382811660248301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906391d1485490604401602060405180830381865afa158015610d56573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055391906116fd565b6040517fc63456260000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063c63456269060240160a060405180830381865afa158015610dfb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e1f9190611746565b608001519050816001600160a01b0316836001600160a01b03161480610e43575080155b80610ef557506040517fc63456260000000000000000000000000000000000000000000000000000000081526001600160a01b03838116600483015282917f00000000000000000000000000000000000000000000000000000000000000009091169063c63456269060240160a060405180830381865afa158015610eca573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eee9190611746565b6080015114155b80610fa557506040517f496dbd720000000000000000000000000000000000000000000000000000000081526001600160a01b038381166004830152600960248301527f0000000000000000000000000000000000000000000000000000000000000000169063496dbd7290604401602060405180830381865afa158015610f7f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fa391906116fd565b155b15610fef576040517f4e3b0d790000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016105d5565b6040517f58e90e8c0000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906358e90e8c906024016040805180830381865afa15801561106f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061109391906117f4565b91505080156110d9576040517f5f87fba00000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016105d5565b6040517fb166e6050000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b166e60590602401602060405180830381865afa158015611156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061117a91906116fd565b61057d576040517fadce5f9b0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016105d5565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615610c9a575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611230610ca1565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610553565b60408051606080820183525f80835260208084018290529284018190526001600160a01b03858116825260028452908490208451928301855280548083168085527401000000000000000000000000000000000000000090910465ffffffffffff169484019490945260010154169281019290925261132e576040517f7677e7940000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016105d5565b919050565b6113408260400151610caf565b6113875760408083015190517fbbaf5ee80000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016105d5565b61139483835f0151610d7a565b6001600160a01b038084165f8181526002602052604080822080547fffffffffffff000000000000000000000000000000000000000000000000000016815560010180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905585519051858516949190911692917f13f067a98be8c0a2e5ae6e2c974439fbcedebd79614cecc18fb903327b527ed691a481516040517f78228c1f0000000000000000000000000000000000000000000000000000000081526001600160a01b03858116600483015291821660248201527f0000000000000000000000000000000000000000000000000000000000000000909116906378228c1f906044015f604051808303815f87803b1580156114b2575f5ffd5b505af11580156114c4573d5f5f3e3d5ffd5b50505050505050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a4b576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016105d5565b5f36601480821080159061157457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b1561159a5761158736828403815f611827565b6115909161184e565b60601c9250505090565b339250505090565b5f602082840312156115b2575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146115e1575f5ffd5b9392505050565b5f602082840312156115f8575f5ffd5b5035919050565b6001600160a01b0381168114610bd8575f5ffd5b5f5f60408385031215611624575f5ffd5b823591506020830135611636816115ff565b809150509250929050565b5f5f60408385031215611652575f5ffd5b823561165d816115ff565b91506020830135611636816115ff565b5f6020828403121561167d575f5ffd5b81356115e1816115ff565b5f60208284031215611698575f5ffd5b813563ffffffff811681146115e1575f5ffd5b65ffffffffffff8181168382160190811115610553577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8051801515811461132e575f5ffd5b5f6020828403121561170d575f5ffd5b6115e1826116ee565b805161132e816115ff565b805160ff8116811461132e575f5ffd5b805165ffffffffffff8116811461132e575f5ffd5b5f60a0828403128015611757575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156117a0577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526117ac83611716565b81526117ba60208401611721565b60208201526117cb60408401611731565b60408201526117dc60608401611731565b60608201526080928301519281019290925250919050565b5f5f60408385031215611805575f5ffd5b8251611810816115ff565b915061181e602084016116ee565b90509250929050565b5f5f85851115611835575f5ffd5b83861115611841575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156118ad577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056",
}

// KeyRecoveryABI is the input ABI used to generate the binding from.
// Deprecated: Use KeyRecoveryMetaData.ABI instead.
var KeyRecoveryABI = KeyRecoveryMetaData.ABI

// KeyRecoveryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KeyRecoveryMetaData.Bin instead.
var KeyRecoveryBin = KeyRecoveryMetaData.Bin

// DeployKeyRecovery deploys a new Ethereum contract, binding an instance of KeyRecovery to it.
func DeployKeyRecovery(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, identityRegistry common.Address, consentRegistry common.Address) (common.Address, *types.Transaction, *KeyRecovery, error) {
	parsed, err := KeyRecoveryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KeyRecoveryBin), backend, trustedForwarder, admin, identityRegistry, consentRegistry)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KeyRecovery{KeyRecoveryCaller: KeyRecoveryCaller{contract: contract}, KeyRecoveryTransactor: KeyRecoveryTransactor{contract: contract}, KeyRecoveryFilterer: KeyRecoveryFilterer{contract: contract}}, nil
}

// KeyRecovery is an auto generated Go binding around an Ethereum contract.
type KeyRecovery struct {
	KeyRecoveryCaller     // Read-only binding to the contract
	KeyRecoveryTransactor // Write-only binding to the contract
	KeyRecoveryFilterer   // Log filterer for contract events
}

// KeyRecoveryCaller is an auto generated read-only Go binding around an Ethereum contract.
type KeyRecoveryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KeyRecoveryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KeyRecoveryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KeyRecoveryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KeyRecoveryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KeyRecoverySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KeyRecoverySession struct {
	Contract     *KeyRecovery      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KeyRecoveryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KeyRecoveryCallerSession struct {
	Contract *KeyRecoveryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// KeyRecoveryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KeyRecoveryTransactorSession struct {
	Contract     *KeyRecoveryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// KeyRecoveryRaw is an auto generated low-level Go binding around an Ethereum contract.
type KeyRecoveryRaw struct {
	Contract *KeyRecovery // Generic contract binding to access the raw methods on
}

// KeyRecoveryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KeyRecoveryCallerRaw struct {
	Contract *KeyRecoveryCaller // Generic read-only contract binding to access the raw methods on
}

// KeyRecoveryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KeyRecoveryTransactorRaw struct {
	Contract *KeyRecoveryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKeyRecovery creates a new instance of KeyRecovery, bound to a specific deployed contract.
func NewKeyRecovery(address common.Address, backend bind.ContractBackend) (*KeyRecovery, error) {
	contract, err := bindKeyRecovery(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KeyRecovery{KeyRecoveryCaller: KeyRecoveryCaller{contract: contract}, KeyRecoveryTransactor: KeyRecoveryTransactor{contract: contract}, KeyRecoveryFilterer: KeyRecoveryFilterer{contract: contract}}, nil
}

// NewKeyRecoveryCaller creates a new read-only instance of KeyRecovery, bound to a specific deployed contract.
func NewKeyRecoveryCaller(address common.Address, caller bind.ContractCaller) (*KeyRecoveryCaller, error) {
	contract, err := bindKeyRecovery(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryCaller{contract: contract}, nil
}

// NewKeyRecoveryTransactor creates a new write-only instance of KeyRecovery, bound to a specific deployed contract.
func NewKeyRecoveryTransactor(address common.Address, transactor bind.ContractTransactor) (*KeyRecoveryTransactor, error) {
	contract, err := bindKeyRecovery(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryTransactor{contract: contract}, nil
}

// NewKeyRecoveryFilterer creates a new log filterer instance of KeyRecovery, bound to a specific deployed contract.
func NewKeyRecoveryFilterer(address common.Address, filterer bind.ContractFilterer) (*KeyRecoveryFilterer, error) {
	contract, err := bindKeyRecovery(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryFilterer{contract: contract}, nil
}

// bindKeyRecovery binds a generic wrapper to an already deployed contract.
func bindKeyRecovery(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KeyRecoveryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KeyRecovery *KeyRecoveryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KeyRecovery.Contract.KeyRecoveryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KeyRecovery *KeyRecoveryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KeyRecovery.Contract.KeyRecoveryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KeyRecovery *KeyRecoveryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KeyRecovery.Contract.KeyRecoveryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KeyRecovery *KeyRecoveryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KeyRecovery.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KeyRecovery *KeyRecoveryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KeyRecovery.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KeyRecovery *KeyRecoveryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KeyRecovery.Contract.contract.Transact(opts, method, params...)
}

// CONSENTREGISTRY is a free data retrieval call binding the contract method 0xaa8cd0e7.
//
// Solidity: function CONSENT_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoveryCaller) CONSENTREGISTRY(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "CONSENT_REGISTRY")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// CONSENTREGISTRY is a free data retrieval call binding the contract method 0xaa8cd0e7.
//
// Solidity: function CONSENT_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoverySession) CONSENTREGISTRY() (common.Address, error) {
	return _KeyRecovery.Contract.CONSENTREGISTRY(&_KeyRecovery.CallOpts)
}

// CONSENTREGISTRY is a free data retrieval call binding the contract method 0xaa8cd0e7.
//
// Solidity: function CONSENT_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoveryCallerSession) CONSENTREGISTRY() (common.Address, error) {
	return _KeyRecovery.Contract.CONSENTREGISTRY(&_KeyRecovery.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoverySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _KeyRecovery.Contract.DEFAULTADMINROLE(&_KeyRecovery.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _KeyRecovery.Contract.DEFAULTADMINROLE(&_KeyRecovery.CallOpts)
}

// DEFAULTWAITINGPERIOD is a free data retrieval call binding the contract method 0x95fc54be.
//
// Solidity: function DEFAULT_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCaller) DEFAULTWAITINGPERIOD(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "DEFAULT_WAITING_PERIOD")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTWAITINGPERIOD is a free data retrieval call binding the contract method 0x95fc54be.
//
// Solidity: function DEFAULT_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoverySession) DEFAULTWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.DEFAULTWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// DEFAULTWAITINGPERIOD is a free data retrieval call binding the contract method 0x95fc54be.
//
// Solidity: function DEFAULT_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCallerSession) DEFAULTWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.DEFAULTWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCaller) IDENTITYATTESTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "IDENTITY_ATTESTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoverySession) IDENTITYATTESTERROLE() ([32]byte, error) {
	return _KeyRecovery.Contract.IDENTITYATTESTERROLE(&_KeyRecovery.CallOpts)
}

// IDENTITYATTESTERROLE is a free data retrieval call binding the contract method 0x55c67241.
//
// Solidity: function IDENTITY_ATTESTER_ROLE() view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCallerSession) IDENTITYATTESTERROLE() ([32]byte, error) {
	return _KeyRecovery.Contract.IDENTITYATTESTERROLE(&_KeyRecovery.CallOpts)
}

// IDENTITYREGISTRY is a free data retrieval call binding the contract method 0x65fad027.
//
// Solidity: function IDENTITY_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoveryCaller) IDENTITYREGISTRY(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "IDENTITY_REGISTRY")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// IDENTITYREGISTRY is a free data retrieval call binding the contract method 0x65fad027.
//
// Solidity: function IDENTITY_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoverySession) IDENTITYREGISTRY() (common.Address, error) {
	return _KeyRecovery.Contract.IDENTITYREGISTRY(&_KeyRecovery.CallOpts)
}

// IDENTITYREGISTRY is a free data retrieval call binding the contract method 0x65fad027.
//
// Solidity: function IDENTITY_REGISTRY() view returns(address)
func (_KeyRecovery *KeyRecoveryCallerSession) IDENTITYREGISTRY() (common.Address, error) {
	return _KeyRecovery.Contract.IDENTITYREGISTRY(&_KeyRecovery.CallOpts)
}

// MAXWAITINGPERIOD is a free data retrieval call binding the contract method 0x1462eca6.
//
// Solidity: function MAX_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCaller) MAXWAITINGPERIOD(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "MAX_WAITING_PERIOD")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXWAITINGPERIOD is a free data retrieval call binding the contract method 0x1462eca6.
//
// Solidity: function MAX_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoverySession) MAXWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.MAXWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// MAXWAITINGPERIOD is a free data retrieval call binding the contract method 0x1462eca6.
//
// Solidity: function MAX_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCallerSession) MAXWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.MAXWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// MINIDENTITYLEVEL is a free data retrieval call binding the contract method 0x4fa2c51e.
//
// Solidity: function MIN_IDENTITY_LEVEL() view returns(uint8)
func (_KeyRecovery *KeyRecoveryCaller) MINIDENTITYLEVEL(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "MIN_IDENTITY_LEVEL")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MINIDENTITYLEVEL is a free data retrieval call binding the contract method 0x4fa2c51e.
//
// Solidity: function MIN_IDENTITY_LEVEL() view returns(uint8)
func (_KeyRecovery *KeyRecoverySession) MINIDENTITYLEVEL() (uint8, error) {
	return _KeyRecovery.Contract.MINIDENTITYLEVEL(&_KeyRecovery.CallOpts)
}

// MINIDENTITYLEVEL is a free data retrieval call binding the contract method 0x4fa2c51e.
//
// Solidity: function MIN_IDENTITY_LEVEL() view returns(uint8)
func (_KeyRecovery *KeyRecoveryCallerSession) MINIDENTITYLEVEL() (uint8, error) {
	return _KeyRecovery.Contract.MINIDENTITYLEVEL(&_KeyRecovery.CallOpts)
}

// MINWAITINGPERIOD is a free data retrieval call binding the contract method 0xb4815e92.
//
// Solidity: function MIN_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCaller) MINWAITINGPERIOD(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "MIN_WAITING_PERIOD")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MINWAITINGPERIOD is a free data retrieval call binding the contract method 0xb4815e92.
//
// Solidity: function MIN_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoverySession) MINWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.MINWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// MINWAITINGPERIOD is a free data retrieval call binding the contract method 0xb4815e92.
//
// Solidity: function MIN_WAITING_PERIOD() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCallerSession) MINWAITINGPERIOD() (uint32, error) {
	return _KeyRecovery.Contract.MINWAITINGPERIOD(&_KeyRecovery.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_KeyRecovery *KeyRecoverySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _KeyRecovery.Contract.GetRoleAdmin(&_KeyRecovery.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_KeyRecovery *KeyRecoveryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _KeyRecovery.Contract.GetRoleAdmin(&_KeyRecovery.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_KeyRecovery *KeyRecoveryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_KeyRecovery *KeyRecoverySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _KeyRecovery.Contract.HasRole(&_KeyRecovery.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_KeyRecovery *KeyRecoveryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _KeyRecovery.Contract.HasRole(&_KeyRecovery.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_KeyRecovery *KeyRecoveryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_KeyRecovery *KeyRecoverySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _KeyRecovery.Contract.IsTrustedForwarder(&_KeyRecovery.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_KeyRecovery *KeyRecoveryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _KeyRecovery.Contract.IsTrustedForwarder(&_KeyRecovery.CallOpts, forwarder)
}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address oldWallet) view returns(address newWallet, address attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoveryCaller) PendingRecovery(opts *bind.CallOpts, oldWallet common.Address) (struct {
	NewWallet common.Address
	Attester  common.Address
	ReadyAt   *big.Int
}, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "pendingRecovery", oldWallet)

	outstruct := new(struct {
		NewWallet common.Address
		Attester  common.Address
		ReadyAt   *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.NewWallet = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Attester = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.ReadyAt = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address oldWallet) view returns(address newWallet, address attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoverySession) PendingRecovery(oldWallet common.Address) (struct {
	NewWallet common.Address
	Attester  common.Address
	ReadyAt   *big.Int
}, error) {
	return _KeyRecovery.Contract.PendingRecovery(&_KeyRecovery.CallOpts, oldWallet)
}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address oldWallet) view returns(address newWallet, address attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoveryCallerSession) PendingRecovery(oldWallet common.Address) (struct {
	NewWallet common.Address
	Attester  common.Address
	ReadyAt   *big.Int
}, error) {
	return _KeyRecovery.Contract.PendingRecovery(&_KeyRecovery.CallOpts, oldWallet)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_KeyRecovery *KeyRecoveryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_KeyRecovery *KeyRecoverySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _KeyRecovery.Contract.SupportsInterface(&_KeyRecovery.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_KeyRecovery *KeyRecoveryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _KeyRecovery.Contract.SupportsInterface(&_KeyRecovery.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_KeyRecovery *KeyRecoveryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_KeyRecovery *KeyRecoverySession) TrustedForwarder() (common.Address, error) {
	return _KeyRecovery.Contract.TrustedForwarder(&_KeyRecovery.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_KeyRecovery *KeyRecoveryCallerSession) TrustedForwarder() (common.Address, error) {
	return _KeyRecovery.Contract.TrustedForwarder(&_KeyRecovery.CallOpts)
}

// WaitingPeriod is a free data retrieval call binding the contract method 0x3a2ef9df.
//
// Solidity: function waitingPeriod() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCaller) WaitingPeriod(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _KeyRecovery.contract.Call(opts, &out, "waitingPeriod")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// WaitingPeriod is a free data retrieval call binding the contract method 0x3a2ef9df.
//
// Solidity: function waitingPeriod() view returns(uint32)
func (_KeyRecovery *KeyRecoverySession) WaitingPeriod() (uint32, error) {
	return _KeyRecovery.Contract.WaitingPeriod(&_KeyRecovery.CallOpts)
}

// WaitingPeriod is a free data retrieval call binding the contract method 0x3a2ef9df.
//
// Solidity: function waitingPeriod() view returns(uint32)
func (_KeyRecovery *KeyRecoveryCallerSession) WaitingPeriod() (uint32, error) {
	return _KeyRecovery.Contract.WaitingPeriod(&_KeyRecovery.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c33fe94.
//
// Solidity: function cancel(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactor) Cancel(opts *bind.TransactOpts, oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "cancel", oldWallet)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c33fe94.
//
// Solidity: function cancel(address oldWallet) returns()
func (_KeyRecovery *KeyRecoverySession) Cancel(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Cancel(&_KeyRecovery.TransactOpts, oldWallet)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c33fe94.
//
// Solidity: function cancel(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) Cancel(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Cancel(&_KeyRecovery.TransactOpts, oldWallet)
}

// Complete is a paid mutator transaction binding the contract method 0x93af0292.
//
// Solidity: function complete(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactor) Complete(opts *bind.TransactOpts, oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "complete", oldWallet)
}

// Complete is a paid mutator transaction binding the contract method 0x93af0292.
//
// Solidity: function complete(address oldWallet) returns()
func (_KeyRecovery *KeyRecoverySession) Complete(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Complete(&_KeyRecovery.TransactOpts, oldWallet)
}

// Complete is a paid mutator transaction binding the contract method 0x93af0292.
//
// Solidity: function complete(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) Complete(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Complete(&_KeyRecovery.TransactOpts, oldWallet)
}

// Confirm is a paid mutator transaction binding the contract method 0xeb4dd8f2.
//
// Solidity: function confirm(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactor) Confirm(opts *bind.TransactOpts, oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "confirm", oldWallet)
}

// Confirm is a paid mutator transaction binding the contract method 0xeb4dd8f2.
//
// Solidity: function confirm(address oldWallet) returns()
func (_KeyRecovery *KeyRecoverySession) Confirm(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Confirm(&_KeyRecovery.TransactOpts, oldWallet)
}

// Confirm is a paid mutator transaction binding the contract method 0xeb4dd8f2.
//
// Solidity: function confirm(address oldWallet) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) Confirm(oldWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Confirm(&_KeyRecovery.TransactOpts, oldWallet)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoveryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoverySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.GrantRole(&_KeyRecovery.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.GrantRole(&_KeyRecovery.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_KeyRecovery *KeyRecoveryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_KeyRecovery *KeyRecoverySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.RenounceRole(&_KeyRecovery.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.RenounceRole(&_KeyRecovery.TransactOpts, role, callerConfirmation)
}

// Request is a paid mutator transaction binding the contract method 0x3537d3fa.
//
// Solidity: function request(address oldWallet, address newWallet) returns(uint48 readyAt)
func (_KeyRecovery *KeyRecoveryTransactor) Request(opts *bind.TransactOpts, oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "request", oldWallet, newWallet)
}

// Request is a paid mutator transaction binding the contract method 0x3537d3fa.
//
// Solidity: function request(address oldWallet, address newWallet) returns(uint48 readyAt)
func (_KeyRecovery *KeyRecoverySession) Request(oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Request(&_KeyRecovery.TransactOpts, oldWallet, newWallet)
}

// Request is a paid mutator transaction binding the contract method 0x3537d3fa.
//
// Solidity: function request(address oldWallet, address newWallet) returns(uint48 readyAt)
func (_KeyRecovery *KeyRecoveryTransactorSession) Request(oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.Request(&_KeyRecovery.TransactOpts, oldWallet, newWallet)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoveryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoverySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.RevokeRole(&_KeyRecovery.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _KeyRecovery.Contract.RevokeRole(&_KeyRecovery.TransactOpts, role, account)
}

// SetWaitingPeriod is a paid mutator transaction binding the contract method 0x5f8b5592.
//
// Solidity: function setWaitingPeriod(uint32 period) returns()
func (_KeyRecovery *KeyRecoveryTransactor) SetWaitingPeriod(opts *bind.TransactOpts, period uint32) (*types.Transaction, error) {
	return _KeyRecovery.contract.Transact(opts, "setWaitingPeriod", period)
}

// SetWaitingPeriod is a paid mutator transaction binding the contract method 0x5f8b5592.
//
// Solidity: function setWaitingPeriod(uint32 period) returns()
func (_KeyRecovery *KeyRecoverySession) SetWaitingPeriod(period uint32) (*types.Transaction, error) {
	return _KeyRecovery.Contract.SetWaitingPeriod(&_KeyRecovery.TransactOpts, period)
}

// SetWaitingPeriod is a paid mutator transaction binding the contract method 0x5f8b5592.
//
// Solidity: function setWaitingPeriod(uint32 period) returns()
func (_KeyRecovery *KeyRecoveryTransactorSession) SetWaitingPeriod(period uint32) (*types.Transaction, error) {
	return _KeyRecovery.Contract.SetWaitingPeriod(&_KeyRecovery.TransactOpts, period)
}

// KeyRecoveryRecoveryCancelledIterator is returned from FilterRecoveryCancelled and is used to iterate over the raw logs and unpacked data for RecoveryCancelled events raised by the KeyRecovery contract.
type KeyRecoveryRecoveryCancelledIterator struct {
	Event *KeyRecoveryRecoveryCancelled // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRecoveryCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRecoveryCancelled)
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
		it.Event = new(KeyRecoveryRecoveryCancelled)
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
func (it *KeyRecoveryRecoveryCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRecoveryCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRecoveryCancelled represents a RecoveryCancelled event raised by the KeyRecovery contract.
type KeyRecoveryRecoveryCancelled struct {
	OldWallet common.Address
	NewWallet common.Address
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecoveryCancelled is a free log retrieval operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRecoveryCancelled(opts *bind.FilterOpts, oldWallet []common.Address, newWallet []common.Address, by []common.Address) (*KeyRecoveryRecoveryCancelledIterator, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RecoveryCancelled", oldWalletRule, newWalletRule, byRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRecoveryCancelledIterator{contract: _KeyRecovery.contract, event: "RecoveryCancelled", logs: logs, sub: sub}, nil
}

// WatchRecoveryCancelled is a free log subscription operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRecoveryCancelled(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRecoveryCancelled, oldWallet []common.Address, newWallet []common.Address, by []common.Address) (event.Subscription, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RecoveryCancelled", oldWalletRule, newWalletRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRecoveryCancelled)
				if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryCancelled", log); err != nil {
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

// ParseRecoveryCancelled is a log parse operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) ParseRecoveryCancelled(log types.Log) (*KeyRecoveryRecoveryCancelled, error) {
	event := new(KeyRecoveryRecoveryCancelled)
	if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRecoveryCompletedIterator is returned from FilterRecoveryCompleted and is used to iterate over the raw logs and unpacked data for RecoveryCompleted events raised by the KeyRecovery contract.
type KeyRecoveryRecoveryCompletedIterator struct {
	Event *KeyRecoveryRecoveryCompleted // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRecoveryCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRecoveryCompleted)
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
		it.Event = new(KeyRecoveryRecoveryCompleted)
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
func (it *KeyRecoveryRecoveryCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRecoveryCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRecoveryCompleted represents a RecoveryCompleted event raised by the KeyRecovery contract.
type KeyRecoveryRecoveryCompleted struct {
	OldWallet common.Address
	NewWallet common.Address
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecoveryCompleted is a free log retrieval operation binding the contract event 0x13f067a98be8c0a2e5ae6e2c974439fbcedebd79614cecc18fb903327b527ed6.
//
// Solidity: event RecoveryCompleted(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRecoveryCompleted(opts *bind.FilterOpts, oldWallet []common.Address, newWallet []common.Address, by []common.Address) (*KeyRecoveryRecoveryCompletedIterator, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RecoveryCompleted", oldWalletRule, newWalletRule, byRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRecoveryCompletedIterator{contract: _KeyRecovery.contract, event: "RecoveryCompleted", logs: logs, sub: sub}, nil
}

// WatchRecoveryCompleted is a free log subscription operation binding the contract event 0x13f067a98be8c0a2e5ae6e2c974439fbcedebd79614cecc18fb903327b527ed6.
//
// Solidity: event RecoveryCompleted(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRecoveryCompleted(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRecoveryCompleted, oldWallet []common.Address, newWallet []common.Address, by []common.Address) (event.Subscription, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RecoveryCompleted", oldWalletRule, newWalletRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRecoveryCompleted)
				if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryCompleted", log); err != nil {
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

// ParseRecoveryCompleted is a log parse operation binding the contract event 0x13f067a98be8c0a2e5ae6e2c974439fbcedebd79614cecc18fb903327b527ed6.
//
// Solidity: event RecoveryCompleted(address indexed oldWallet, address indexed newWallet, address indexed by)
func (_KeyRecovery *KeyRecoveryFilterer) ParseRecoveryCompleted(log types.Log) (*KeyRecoveryRecoveryCompleted, error) {
	event := new(KeyRecoveryRecoveryCompleted)
	if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRecoveryConfirmedIterator is returned from FilterRecoveryConfirmed and is used to iterate over the raw logs and unpacked data for RecoveryConfirmed events raised by the KeyRecovery contract.
type KeyRecoveryRecoveryConfirmedIterator struct {
	Event *KeyRecoveryRecoveryConfirmed // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRecoveryConfirmedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRecoveryConfirmed)
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
		it.Event = new(KeyRecoveryRecoveryConfirmed)
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
func (it *KeyRecoveryRecoveryConfirmedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRecoveryConfirmedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRecoveryConfirmed represents a RecoveryConfirmed event raised by the KeyRecovery contract.
type KeyRecoveryRecoveryConfirmed struct {
	OldWallet common.Address
	NewWallet common.Address
	Guardian  common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecoveryConfirmed is a free log retrieval operation binding the contract event 0xcecc3fceaaf89e7405769dc7d407dd2280380adc01f1388f9c8dce21640622dc.
//
// Solidity: event RecoveryConfirmed(address indexed oldWallet, address indexed newWallet, address indexed guardian)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRecoveryConfirmed(opts *bind.FilterOpts, oldWallet []common.Address, newWallet []common.Address, guardian []common.Address) (*KeyRecoveryRecoveryConfirmedIterator, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RecoveryConfirmed", oldWalletRule, newWalletRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRecoveryConfirmedIterator{contract: _KeyRecovery.contract, event: "RecoveryConfirmed", logs: logs, sub: sub}, nil
}

// WatchRecoveryConfirmed is a free log subscription operation binding the contract event 0xcecc3fceaaf89e7405769dc7d407dd2280380adc01f1388f9c8dce21640622dc.
//
// Solidity: event RecoveryConfirmed(address indexed oldWallet, address indexed newWallet, address indexed guardian)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRecoveryConfirmed(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRecoveryConfirmed, oldWallet []common.Address, newWallet []common.Address, guardian []common.Address) (event.Subscription, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RecoveryConfirmed", oldWalletRule, newWalletRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRecoveryConfirmed)
				if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryConfirmed", log); err != nil {
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

// ParseRecoveryConfirmed is a log parse operation binding the contract event 0xcecc3fceaaf89e7405769dc7d407dd2280380adc01f1388f9c8dce21640622dc.
//
// Solidity: event RecoveryConfirmed(address indexed oldWallet, address indexed newWallet, address indexed guardian)
func (_KeyRecovery *KeyRecoveryFilterer) ParseRecoveryConfirmed(log types.Log) (*KeyRecoveryRecoveryConfirmed, error) {
	event := new(KeyRecoveryRecoveryConfirmed)
	if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryConfirmed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRecoveryRequestedIterator is returned from FilterRecoveryRequested and is used to iterate over the raw logs and unpacked data for RecoveryRequested events raised by the KeyRecovery contract.
type KeyRecoveryRecoveryRequestedIterator struct {
	Event *KeyRecoveryRecoveryRequested // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRecoveryRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRecoveryRequested)
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
		it.Event = new(KeyRecoveryRecoveryRequested)
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
func (it *KeyRecoveryRecoveryRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRecoveryRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRecoveryRequested represents a RecoveryRequested event raised by the KeyRecovery contract.
type KeyRecoveryRecoveryRequested struct {
	OldWallet common.Address
	NewWallet common.Address
	Attester  common.Address
	ReadyAt   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecoveryRequested is a free log retrieval operation binding the contract event 0xe6296afcdef25c9a632f9bfd1860eb73c5b144cc0855b990adf12834d4e76c52.
//
// Solidity: event RecoveryRequested(address indexed oldWallet, address indexed newWallet, address indexed attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRecoveryRequested(opts *bind.FilterOpts, oldWallet []common.Address, newWallet []common.Address, attester []common.Address) (*KeyRecoveryRecoveryRequestedIterator, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RecoveryRequested", oldWalletRule, newWalletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRecoveryRequestedIterator{contract: _KeyRecovery.contract, event: "RecoveryRequested", logs: logs, sub: sub}, nil
}

// WatchRecoveryRequested is a free log subscription operation binding the contract event 0xe6296afcdef25c9a632f9bfd1860eb73c5b144cc0855b990adf12834d4e76c52.
//
// Solidity: event RecoveryRequested(address indexed oldWallet, address indexed newWallet, address indexed attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRecoveryRequested(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRecoveryRequested, oldWallet []common.Address, newWallet []common.Address, attester []common.Address) (event.Subscription, error) {

	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}
	var attesterRule []interface{}
	for _, attesterItem := range attester {
		attesterRule = append(attesterRule, attesterItem)
	}

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RecoveryRequested", oldWalletRule, newWalletRule, attesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRecoveryRequested)
				if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryRequested", log); err != nil {
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

// ParseRecoveryRequested is a log parse operation binding the contract event 0xe6296afcdef25c9a632f9bfd1860eb73c5b144cc0855b990adf12834d4e76c52.
//
// Solidity: event RecoveryRequested(address indexed oldWallet, address indexed newWallet, address indexed attester, uint48 readyAt)
func (_KeyRecovery *KeyRecoveryFilterer) ParseRecoveryRequested(log types.Log) (*KeyRecoveryRecoveryRequested, error) {
	event := new(KeyRecoveryRecoveryRequested)
	if err := _KeyRecovery.contract.UnpackLog(event, "RecoveryRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the KeyRecovery contract.
type KeyRecoveryRoleAdminChangedIterator struct {
	Event *KeyRecoveryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRoleAdminChanged)
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
		it.Event = new(KeyRecoveryRoleAdminChanged)
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
func (it *KeyRecoveryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRoleAdminChanged represents a RoleAdminChanged event raised by the KeyRecovery contract.
type KeyRecoveryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*KeyRecoveryRoleAdminChangedIterator, error) {

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

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRoleAdminChangedIterator{contract: _KeyRecovery.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRoleAdminChanged)
				if err := _KeyRecovery.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_KeyRecovery *KeyRecoveryFilterer) ParseRoleAdminChanged(log types.Log) (*KeyRecoveryRoleAdminChanged, error) {
	event := new(KeyRecoveryRoleAdminChanged)
	if err := _KeyRecovery.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the KeyRecovery contract.
type KeyRecoveryRoleGrantedIterator struct {
	Event *KeyRecoveryRoleGranted // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRoleGranted)
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
		it.Event = new(KeyRecoveryRoleGranted)
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
func (it *KeyRecoveryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRoleGranted represents a RoleGranted event raised by the KeyRecovery contract.
type KeyRecoveryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*KeyRecoveryRoleGrantedIterator, error) {

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

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRoleGrantedIterator{contract: _KeyRecovery.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRoleGranted)
				if err := _KeyRecovery.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_KeyRecovery *KeyRecoveryFilterer) ParseRoleGranted(log types.Log) (*KeyRecoveryRoleGranted, error) {
	event := new(KeyRecoveryRoleGranted)
	if err := _KeyRecovery.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the KeyRecovery contract.
type KeyRecoveryRoleRevokedIterator struct {
	Event *KeyRecoveryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryRoleRevoked)
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
		it.Event = new(KeyRecoveryRoleRevoked)
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
func (it *KeyRecoveryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryRoleRevoked represents a RoleRevoked event raised by the KeyRecovery contract.
type KeyRecoveryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_KeyRecovery *KeyRecoveryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*KeyRecoveryRoleRevokedIterator, error) {

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

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryRoleRevokedIterator{contract: _KeyRecovery.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_KeyRecovery *KeyRecoveryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *KeyRecoveryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryRoleRevoked)
				if err := _KeyRecovery.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_KeyRecovery *KeyRecoveryFilterer) ParseRoleRevoked(log types.Log) (*KeyRecoveryRoleRevoked, error) {
	event := new(KeyRecoveryRoleRevoked)
	if err := _KeyRecovery.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KeyRecoveryWaitingPeriodSetIterator is returned from FilterWaitingPeriodSet and is used to iterate over the raw logs and unpacked data for WaitingPeriodSet events raised by the KeyRecovery contract.
type KeyRecoveryWaitingPeriodSetIterator struct {
	Event *KeyRecoveryWaitingPeriodSet // Event containing the contract specifics and raw log

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
func (it *KeyRecoveryWaitingPeriodSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KeyRecoveryWaitingPeriodSet)
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
		it.Event = new(KeyRecoveryWaitingPeriodSet)
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
func (it *KeyRecoveryWaitingPeriodSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KeyRecoveryWaitingPeriodSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KeyRecoveryWaitingPeriodSet represents a WaitingPeriodSet event raised by the KeyRecovery contract.
type KeyRecoveryWaitingPeriodSet struct {
	WaitingPeriod uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterWaitingPeriodSet is a free log retrieval operation binding the contract event 0x34e1f17fb077d2970cedb4457754ab288143f767c89c5141c26c7ef19d8fbe76.
//
// Solidity: event WaitingPeriodSet(uint32 waitingPeriod)
func (_KeyRecovery *KeyRecoveryFilterer) FilterWaitingPeriodSet(opts *bind.FilterOpts) (*KeyRecoveryWaitingPeriodSetIterator, error) {

	logs, sub, err := _KeyRecovery.contract.FilterLogs(opts, "WaitingPeriodSet")
	if err != nil {
		return nil, err
	}
	return &KeyRecoveryWaitingPeriodSetIterator{contract: _KeyRecovery.contract, event: "WaitingPeriodSet", logs: logs, sub: sub}, nil
}

// WatchWaitingPeriodSet is a free log subscription operation binding the contract event 0x34e1f17fb077d2970cedb4457754ab288143f767c89c5141c26c7ef19d8fbe76.
//
// Solidity: event WaitingPeriodSet(uint32 waitingPeriod)
func (_KeyRecovery *KeyRecoveryFilterer) WatchWaitingPeriodSet(opts *bind.WatchOpts, sink chan<- *KeyRecoveryWaitingPeriodSet) (event.Subscription, error) {

	logs, sub, err := _KeyRecovery.contract.WatchLogs(opts, "WaitingPeriodSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KeyRecoveryWaitingPeriodSet)
				if err := _KeyRecovery.contract.UnpackLog(event, "WaitingPeriodSet", log); err != nil {
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

// ParseWaitingPeriodSet is a log parse operation binding the contract event 0x34e1f17fb077d2970cedb4457754ab288143f767c89c5141c26c7ef19d8fbe76.
//
// Solidity: event WaitingPeriodSet(uint32 waitingPeriod)
func (_KeyRecovery *KeyRecoveryFilterer) ParseWaitingPeriodSet(log types.Log) (*KeyRecoveryWaitingPeriodSet, error) {
	event := new(KeyRecoveryWaitingPeriodSet)
	if err := _KeyRecovery.contract.UnpackLog(event, "WaitingPeriodSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
