// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Synthetic returns a catalog extension (in the format of catalog.txt, for
// Catalog.Extend) that adds skills whose names and aliases are n new terms,
// half Chinese and half English. The terms are built from operations
// vocabulary, so that they share prefixes with real text the way a large
// customer catalog would. taken reports terms the catalog already has; they
// are skipped. The same seed gives the same file.
func Synthetic(seed uint64, n int, taken func(term string) bool) []byte {
	rng := rand.New(rand.NewPCG(seed, seed^0x73796e7468657469))
	seen := map[string]bool{}
	fresh := func(parts *[3][]string, sep string) string {
		for {
			t := pick(rng, parts[0]) + sep + pick(rng, parts[1]) + sep + pick(rng, parts[2])
			if k := fold.Words(t); !seen[k] && !taken(t) {
				seen[k] = true
				return t
			}
		}
	}
	var b strings.Builder
	b.WriteString("# Synthetic skills for benchmarks; generated, not curated.\n")
	for i := 0; 4*i < n; i++ {
		zh, zhAlias := fresh(&synZh, ""), fresh(&synZh, "")
		en, enAlias := fresh(&synEn, " "), fresh(&synEn, " ")
		fmt.Fprintf(&b, "\nskill syn-%05d\n", i)
		fmt.Fprintf(&b, "  zh: %s\n  zh-Hant: %s\n  en: %s\n", zh, traditional(zh), en)
		fmt.Fprintf(&b, "  summary.zh: %s的做法与经验。\n  summary.en: Know-how in %s.\n", zh, en)
		fmt.Fprintf(&b, "  alias.zh: %s\n  alias.en: %s\n", zhAlias, enAlias)
	}
	return []byte(b.String())
}

var synZh = [3][]string{
	{
		"用户", "会员", "内容", "社群", "渠道", "活动", "品牌", "商家", "门店", "直播", "短视频", "私域", "电商", "新媒体",
		"跨境", "本地生活", "游戏", "知识付费", "供应链", "客服", "数据", "增长", "产品", "策略", "海外", "校园", "社区",
		"广告", "搜索", "推荐", "物流", "仓储", "支付", "金融", "医疗", "教育", "文旅", "车主", "母婴", "宠物",
	},
	{
		"拉新", "留存", "召回", "裂变", "转化", "分层", "增长", "投放", "分析", "策划", "运营", "管理", "体系", "营销", "复盘",
		"选品", "定价", "审核", "风控", "结算", "排期", "质检", "培训", "激励", "积分", "标签", "画像", "触达", "互动", "口碑",
	},
	{"方法", "模型", "策略", "流程", "规范", "工具", "看板", "方案", "能力", "机制"},
}

var synEn = [3][]string{
	{
		"user", "member", "content", "community", "channel", "campaign", "brand", "merchant", "store", "livestream",
		"short video", "private traffic", "e-commerce", "social media", "cross-border", "local services", "game",
		"creator", "supply chain", "support", "data", "growth", "product", "strategy", "overseas", "campus",
		"neighborhood", "ads", "search", "feed", "logistics", "warehouse", "payments", "lending", "clinic", "course",
		"travel", "driver", "parenting", "pet",
	},
	{
		"acquisition", "retention", "win-back", "referral", "conversion", "segmentation", "expansion", "placement",
		"analytics", "planning", "operations", "management", "framework", "marketing", "review", "sourcing",
		"pricing", "moderation", "risk", "settlement", "scheduling", "quality", "training", "incentive",
		"loyalty points", "tagging", "persona", "outreach", "engagement", "reputation",
	},
	{"playbook", "model", "strategy", "workflow", "guidelines", "toolkit", "dashboard", "program", "skills", "mechanism"},
}
