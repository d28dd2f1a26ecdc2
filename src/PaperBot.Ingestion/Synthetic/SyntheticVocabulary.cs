namespace PaperBot.Ingestion.Synthetic;

/// <summary>Words for generated papers: twenty topical vocabularies, so that generated papers form topics a search
/// or a recommender can find, and the common words of any abstract around them.</summary>
internal static class SyntheticVocabulary
{
    public static IReadOnlyList<SyntheticTopic> Topics { get; } =
    [
        Topic("contrastive representation learning", "cs.LG cs.CV", "contrastive self-supervised representation augmentation views positive negative pairs embedding pretraining encoder projection invariance alignment uniformity instance discrimination momentum siamese clustering linear probe downstream transfer"),
        Topic("graph neural networks", "cs.LG cs.SI", "graph node edge message passing neighbourhood aggregation heterophily homophily oversmoothing spectral convolution attention link prediction subgraph isomorphism weisfeiler lehman molecular topology adjacency readout pooling"),
        Topic("stochastic optimization", "math.OC cs.LG stat.ML", "gradient stochastic convergence momentum adaptive learning rate step size nonconvex convex minimization variance reduction adam sgd preconditioning hessian curvature saddle stationary point complexity bound iterate"),
        Topic("reinforcement learning", "cs.LG cs.AI", "reinforcement policy reward agent environment exploration value function actor critic markov decision trajectory offline online bandit regret return horizon q-learning planning episode"),
        Topic("large language models", "cs.CL cs.AI", "language model transformer token prompt instruction tuning reasoning chain thought decoding generation alignment preference pretraining corpus context window in-context few-shot benchmark hallucination"),
        Topic("object detection and segmentation", "cs.CV", "detection segmentation bounding box instance semantic panoptic mask pixel backbone feature pyramid anchor proposal dense prediction image annotation localization recognition"),
        Topic("diffusion generative models", "cs.LG cs.CV", "diffusion denoising score generative sampling noise schedule latent synthesis text-to-image guidance reverse process likelihood variational autoencoder flow matching fidelity diversity"),
        Topic("spiking neural networks", "cs.NE cs.LG", "spiking neuron spike neuromorphic membrane potential firing threshold surrogate temporal energy-efficient event-driven synaptic plasticity leaky integrate backpropagation through time latency hardware"),
        Topic("adversarial robustness", "cs.LG cs.CR", "adversarial robustness perturbation attack defense certified worst-case adversarial training robust overfitting threat model perturbation budget transferability perturbation norm vulnerability"),
        Topic("federated learning", "cs.LG cs.DC", "federated client server communication heterogeneity privacy differential aggregation decentralized local updates participation personalization non-iid bandwidth secure distributed"),
        Topic("quantum machine learning", "quant-ph cs.LG", "quantum qubit circuit variational entanglement hamiltonian measurement state tomography noise barren plateau ansatz quantum advantage kernel simulation fidelity"),
        Topic("time series forecasting", "cs.LG stat.ML", "time series forecasting temporal seasonal trend horizon autoregressive multivariate sequence lag recurrent decomposition anomaly sensor traffic electricity weather"),
        Topic("speech and audio", "eess.AS cs.SD cs.CL", "speech audio acoustic speaker recognition waveform spectrogram phoneme synthesis voice transcription utterance prosody music sound enhancement"),
        Topic("robot learning", "cs.RO cs.LG", "robot manipulation grasping locomotion control trajectory imitation demonstration sim-to-real embodied navigation dexterous sensor actuator planning"),
        Topic("recommender systems", "cs.IR cs.LG", "recommendation user item collaborative filtering ranking implicit feedback click-through session retrieval personalization matrix factorization cold-start interaction catalogue"),
        Topic("causal inference", "stat.ME stat.ML", "causal treatment effect confounding counterfactual intervention observational instrumental identification propensity estimand randomized heterogeneous outcome structural"),
        Topic("medical imaging", "eess.IV cs.CV", "medical clinical patient radiology tomography diagnosis lesion tumour scan mri x-ray pathology segmentation organ screening cohort"),
        Topic("learning theory", "stat.ML cs.LG", "generalization kernel overparameterization neural tangent sample complexity rademacher implicit bias double descent margin bound asymptotic lazy regime feature learning collapse"),
        Topic("molecules and proteins", "q-bio.BM cs.LG", "protein molecule drug binding ligand folding structure sequence chemical atom conformation docking property enzyme residue equivariant"),
        Topic("efficient inference", "cs.LG cs.AR", "quantization pruning compression sparsity distillation low-rank latency throughput memory accelerator edge deployment bit-width mixed precision efficiency inference"),
    ];

    public static IReadOnlyList<string> Common { get; } = Split(
        "we propose a novel method that the of and to in for with on by this paper approach framework results show our " +
        "model models data performance experiments demonstrate existing however based methods significantly " +
        "improves state-of-the-art benchmark benchmarks analysis theoretical empirical evaluate effective simple efficient " +
        "problem task tasks training learning large-scale setting settings address key challenge new study introduce " +
        "achieves outperforms baselines across several extensive code available provide insights understanding both " +
        "while which can is are be from under as an its these furthermore moreover specifically particular");

    public static IReadOnlyList<string> TitleGlue { get; } = Split("for with via of and in towards on beyond through under");

    public static IReadOnlyList<string> FirstNames { get; } = Split(
        "Ada Alan Bo Carla Chen Dana Diego Elena Emil Fatima Felix Grace Hao Ines Ivan Jia Jonas Kai Kofi Lena Li Lucia " +
        "Mateo Maya Mei Nadia Noah Omar Priya Qi Rafael Rina Sami Sara Tariq Tomas Uma Victor Wei Xin Yara Yusuf Zhen Zoe");

    public static IReadOnlyList<string> LastNames { get; } = Split(
        "Abe Bauer Chen Costa Dubois Eriksen Fischer Garcia Gupta Haddad Huang Ivanova Jensen Kim Kowalski Larsen Li Liu " +
        "Martin Meyer Moreau Nakamura Novak Okafor Park Petrov Rossi Sato Schmidt Silva Singh Tanaka Wang Weber Wu Xu " +
        "Yamamoto Yang Zhang Zhao");

    private static SyntheticTopic Topic(string name, string categories, string words) => new(name, Split(words), Split(categories));

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
