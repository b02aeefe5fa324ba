// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

// occupation is the material for a document about other work.
type occupation struct {
	title                         string
	bullets, requirements, skills []string
}

// prose is the material of one language: headings, templates with {slots},
// and the nouns the slots draw from.
type prose struct {
	resumeWord, workHead, projectHead, educationHead, skillsHead, selfHead string
	aboutHead, dutiesHead, requireHead, benefitsHead                       string
	nameLine, objective, jobLine, educationLine                            string
	skillsLead, listSep, listDot                                           string

	opsTitles, contact, summaryHead, projectLine, jobMeta  []string
	companyIntro, requirements, benefits, applyLine        []string
	opsBullets, plainBullets, plainSentences, opsSentences []string

	others []occupation // work that is not operations

	companies, cities, products, industries, surnames, givenNames []string
	universities, majors, channels, things                        []string
}

var chinese = prose{
	resumeWord:    "个人简历",
	workHead:      "工作经历",
	projectHead:   "项目经历",
	educationHead: "教育背景",
	skillsHead:    "专业技能",
	selfHead:      "自我评价",
	aboutHead:     "公司介绍",
	dutiesHead:    "岗位职责：",
	requireHead:   "任职要求：",
	benefitsHead:  "薪资福利：",
	nameLine:      "{person}",
	objective:     "求职意向：{city} | 期望薪资面议 | 目标职位：",
	jobLine:       "{period}  {company}",
	educationLine: "{study}  {univ}  {major}  本科",
	skillsLead:    "熟悉：",
	listSep:       "、",
	listDot:       "、",

	opsTitles: []string{
		"{area}专员", "高级{area}", "{area}经理", "{area}主管", "资深{area}",
		"{area}负责人", "{area}（{industry}方向）", "{area}实习生", "{area}总监",
	},

	contact: []string{
		"电话：{phone} | 邮箱：hr{big}@example.com | 现居{city} | {n}年工作经验",
		"手机 {phone}　邮箱 candidate{big}@example.com　{city}　工作年限：{n}年",
		"联系方式：{phone}（微信同号） | 所在城市：{city} | 最高学历：本科",
	},
	summaryHead: []string{"个人概况", "职业概述", "核心优势"},
	projectLine: []string{
		"{period}  {product}改版项目  项目负责人",
		"{year}年{month}月  {city}线下快闪活动  执行负责人",
		"{year}.{month} - 至今  {product}会员体系搭建  核心成员",
		"{year}年  年度品牌焕新计划  参与人",
	},
	jobMeta: []string{
		"　{city}·{n}k-{n}k·经验3-5年·本科",
		"（{city}，全职，{n}-{n}K·14薪）",
		" | {city} | 本科及以上 | 不限行业背景",
	},
	companyIntro: []string{
		"{company}成立于{year}年，总部位于{city}，是一家专注于{industry}领域的公司，目前员工超过{big}人。",
		"我们的产品{product}覆盖全国{n}个城市，累计服务用户超过{big}万。",
		"公司已完成C轮融资，投资方包括多家知名机构，业务连续{n}个季度保持增长。",
		"团队成员来自国内外一线互联网公司，氛围开放，鼓励每个人提出想法并快速验证。",
		"我们相信好的服务来自对用户的理解，也相信数据和常识同样重要。",
		"办公地点位于{city}市中心，交通便利，周边配套齐全。",
		"公司在{industry}行业深耕多年，拥有完整的供应链和自有物流体系。",
		"目前正处于业务快速扩张期，新团队组建中，成长空间大。",
	},
	requirements: []string{
		"本科及以上学历，{n}年以上相关工作经验，有{industry}行业背景者优先；",
		"熟悉{area}的基本方法，具备{skill}能力；",
		"熟练使用{tool}，能独立完成数据整理与{skill}；",
		"对{kpi}等核心指标敏感，有结果导向意识；",
		"逻辑清晰，表达能力强，能推动跨部门协作；",
		"有{method}实践经验者优先；",
		"有成功的{duty}案例，能讲清楚做了什么、为什么这样做；",
		"抗压能力强，能适应快节奏的工作环境；",
		"热爱互联网行业，是{product}等产品的深度用户优先；",
	},

	benefits: []string{
		"五险一金，补充商业保险", "年终奖金，每年两次调薪机会", "带薪年假{n}天，弹性工作时间",
		"免费午餐和下午茶", "定期团建与年度旅游", "完善的培训体系和晋升通道", "节日礼品、生日福利",
	},
	applyLine: []string{
		"有意者请将简历发送至 jobs{big}@example.com，邮件标题注明应聘职位。",
		"工作地点：{city}市{company}总部。欢迎投递！",
		"请在招聘网站直接投递简历，我们会在{n}个工作日内回复。",
	},
	opsBullets: []string{
		"负责{product}的{area}工作，围绕{kpi}制定季度目标，{kpi}提升{pct}；",
		"主导{duty}项目，通过{method}定位问题，三个月内{kpi}提升{pct}；",
		"搭建{channel}渠道的{duty}体系，沉淀标准流程和SOP，覆盖用户{big}万；",
		"使用{tool}搭建数据看板，每周输出{kpi}和{kpi}分析报告；",
		"策划并执行{n}场线上活动，负责{duty}，活动期间{kpi}环比增长{pct}；",
		"运用{method}拆解目标，协调产品、设计和技术资源按期上线；",
		"负责{channel}账号日常运营，结合{skill}优化选题，粉丝从{big}增长到{big}万；",
		"建立用户分层模型，针对高价值用户开展{duty}，{kpi}提升{pct}；",
		"与销售团队配合推进{duty}，用{tool}跟进线索转化；",
		"带领{n}人小组完成{area}工作，负责团队{skill}培训；",
		"通过{skill}发现{thing}问题，推动改版后{kpi}下降{pct}；",
		"对接{n}家合作伙伴，负责{duty}与结算，季度GMV达{big}万元；",
	},
	plainBullets: []string{
		"参与部门周会，按时提交周报和月报，跟进各项工作进度；",
		"配合团队完成季度目标，协助处理日常事务；",
		"整理用户反馈{big}余条，归纳成需求文档提交产品部门；",
		"负责{thing}的日常维护和问题排查，保证线上稳定；",
		"协助组织{city}地区线下沙龙{n}场，每场参与人数约{big}人；",
		"撰写内部培训材料，帮助新同事快速熟悉业务；",
		"对接外部供应商，负责合同流程和付款进度的跟进；",
		"参与年度预算编制，拆分各月度执行计划；",
	},

	plainSentences: []string{
		"{n}年{industry}行业工作经验，熟悉业务流程，执行力强。",
		"性格开朗，善于沟通，能够快速融入团队。",
		"做事踏实认真，注重细节，对结果负责。",
		"业余时间喜欢阅读和跑步，完成过{n}次半程马拉松。",
		"希望在下一份工作中承担更大的责任，与团队一起成长。",
		"曾在{company}工作，参与过多个从零到一的项目。",
		"英语六级，能阅读英文资料，日常沟通无障碍。",
		"对新事物保持好奇，愿意学习新的工具和方法。",
	},
	opsSentences: []string{
		"擅长{area}，对{kpi}等指标有深入理解。",
		"具备扎实的{skill}能力，熟练使用{tool}。",
		"有完整的{duty}经验，习惯用{method}复盘。",
	},

	others: []occupation{
		{"Java后端开发工程师", []string{
			"负责订单系统后端接口开发，日均请求量{big}万，接口响应时间降低{pct}；",
			"参与数据库分库分表改造，解决高峰期慢查询问题；",
			"编写技术文档和单元测试，参与代码评审；",
			"基于Redis实现库存预扣，解决大促期间超卖问题；",
			"配合测试同学定位线上问题，{n}分钟内完成回滚与修复；",
		}, []string{
			"本科及以上学历，计算机相关专业，{n}年以上Java开发经验；",
			"熟练掌握Spring Boot和MyBatis，熟悉MySQL索引优化；",
			"熟悉Kafka、Elasticsearch者优先；",
		}, []string{"Java", "Spring Boot", "MySQL", "Redis", "Kafka", "Docker", "Linux"}},
		{"临床护士", []string{
			"负责病区{n}张床位的护理工作，执行医嘱，观察病情变化；",
			"参与危重病人抢救，规范书写护理记录；",
			"开展健康宣教，指导出院患者用药和复诊；",
			"带教实习护士{n}名，负责科室护理质量自查；",
		}, []string{
			"护理专业大专及以上学历，持有护士执业证书；",
			"{n}年以上三甲医院临床护理经验；",
			"能适应倒班，有爱心和耐心；",
		}, []string{"静脉输液", "心肺复苏", "护理文书书写", "急救护理"}},
		{"总账会计", []string{
			"完成月度结账、报表编制和纳税申报，配合年度审计；",
			"审核费用报销单据{big}余份，规范报销流程；",
			"编制现金流量表和预算执行分析，按月提交管理层；",
			"对接银行和税务机关，处理发票与对账事宜；",
		}, []string{
			"财务或会计专业本科，持有中级会计师证书者优先；",
			"熟悉企业会计准则和税务法规；",
			"熟练使用用友、金蝶等财务软件；",
		}, []string{"用友财务软件", "金蝶", "合并报表", "税务筹划"}},
		{"机械设计工程师", []string{
			"负责产线设备的结构设计与改进，单台成本降低{pct}；",
			"完成{n}套非标设备的三维建模与出图；",
			"参与样机装配与现场调试，解决设备异常问题；",
			"编写设计规范和BOM清单，指导助理工程师；",
		}, []string{
			"机械相关专业本科，{n}年以上非标设备设计经验；",
			"熟练使用AutoCAD、SolidWorks；",
			"熟悉公差配合和常用材料；",
		}, []string{"AutoCAD", "SolidWorks", "公差分析", "钣金设计"}},
		{"厨师长", []string{
			"负责门店食材采购与成本控制，毛利率提升{pct}；",
			"研发季节菜品{n}道，其中{n}道成为门店招牌菜；",
			"管理后厨{n}人团队，制定排班和卫生检查制度；",
		}, []string{
			"{n}年以上中餐后厨管理经验；",
			"持有健康证，熟悉食品安全规范；",
		}, []string{"粤菜烹饪", "成本核算", "菜品研发"}},
		{"小学语文教师", []string{
			"负责{n}个班级的语文教学，所带班级成绩位列年级前列；",
			"组织读书节和演讲比赛，指导学生获市级奖项{n}项；",
			"担任班主任，定期开展家访和家长会；",
		}, []string{
			"师范类本科，持有小学语文教师资格证；",
			"普通话二级甲等及以上；",
		}, []string{"普通话二级甲等", "课件制作", "班级管理"}},
	},

	companies: []string{
		"星河科技", "蓝鲸网络", "青禾教育", "云栖电商", "橙光文化", "远山旅行", "禾木生鲜", "北辰健康",
		"知行咨询", "飞鹿出行", "小满家居", "鹿角游戏", "澄心茶饮", "海岚物流", "锦书传媒", "半亩田农业",
	},
	cities:     []string{"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "苏州", "厦门", "长沙"},
	products:   []string{"小程序商城", "会员App", "知识付费平台", "社区团购", "短视频账号", "在线课程", "健身App", "旅行攻略站"},
	industries: []string{"电商", "教育", "游戏", "本地生活", "社交", "新零售", "SaaS", "文旅", "医疗健康", "金融科技"},
	surnames:   []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"},
	givenNames: []string{"晓明", "思远", "雨桐", "子涵", "浩然", "欣怡", "嘉伟", "佳琪", "文博", "梓萱", "俊杰", "诗雨"},
	universities: []string{
		"武汉大学", "中山大学", "华东师范大学", "四川大学", "南京大学", "厦门大学", "暨南大学", "西南财经大学",
	},
	majors:   []string{"市场营销", "新闻传播", "工商管理", "汉语言文学", "统计学", "电子商务", "广告学", "国际贸易"},
	channels: []string{"微信公众号", "小红书", "抖音", "视频号", "微博", "B站", "知乎", "企业微信"},
	things:   []string{"注册流程", "支付环节", "新手引导", "客服工单", "退款流程", "搜索功能", "推送消息", "首页推荐"},
}
